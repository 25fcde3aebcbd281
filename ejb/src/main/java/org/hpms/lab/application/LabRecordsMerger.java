package org.hpms.lab.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.Principal;
import java.time.Instant;
import java.util.List;
import org.hpms.patient.domain.PatientsMerged;
import org.hpms.security.Roles;

/** Moves the laboratory results of a merged (obsolete) patient record to the surviving one, in the merge transaction. */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class LabRecordsMerger {

    static final List<String> PATIENT_RECORDS = List.of("LabMessage", "LabObservationEntry");

    @PersistenceContext
    EntityManager em;

    @Inject
    Principal caller;

    public void onMerge(@Observes PatientsMerged merge) {
        Instant now = Instant.now();
        for (String entity : PATIENT_RECORDS) {
            int moved = em.createQuery("UPDATE " + entity + " r SET r.patient = :survivor, r.updatedAt = :now, r.updatedBy = :who,"
                            + " r.version = r.version + 1 WHERE r.patient = :obsolete")
                    .setParameter("survivor", merge.survivor()).setParameter("obsolete", merge.obsolete())
                    .setParameter("now", now).setParameter("who", caller.getName())
                    .executeUpdate();
            merge.moved(entity, moved);
        }
    }
}
