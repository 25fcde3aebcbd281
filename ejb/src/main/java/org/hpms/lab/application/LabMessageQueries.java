package org.hpms.lab.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.hpms.lab.domain.LabMessage;
import org.hpms.lab.domain.LabMessageStatus;
import org.hpms.security.Roles;

/**
 * The laboratories' messages for the people who look after them: parked ones (unreadable, with the
 * reason) and unmatched ones (waiting for a patient), newest first. Lists show the envelope only,
 * never the content, so listing them reads no patient data.
 */
@Stateless
@RolesAllowed({Roles.LAB_TECH, Roles.ADMIN})
public class LabMessageQueries {

    @PersistenceContext
    EntityManager em;

    /** Messages of the status (all when null), newest first, a page at a time. */
    public List<LabMessageView> find(LabMessageStatus status, int first, int max) {
        return em.createQuery("SELECT m FROM LabMessage m WHERE (:status IS NULL OR m.status = :status)"
                        + " ORDER BY m.receivedAt DESC, m.id DESC", LabMessage.class)
                .setParameter("status", status).setFirstResult(Math.max(0, first)).setMaxResults(Math.min(Math.max(1, max), 200))
                .getResultStream().map(LabMessageView::of).toList();
    }

    public long count(LabMessageStatus status) {
        return em.createQuery("SELECT COUNT(m) FROM LabMessage m WHERE (:status IS NULL OR m.status = :status)", Long.class)
                .setParameter("status", status).getSingleResult();
    }
}
