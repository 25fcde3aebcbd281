package org.hpms.audit.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import org.hpms.audit.domain.AuditChainHead;
import org.hpms.audit.domain.AuditChainVerifier;
import org.hpms.audit.domain.AuditEvent;
import org.hpms.audit.domain.AuditOutcome;
import org.hpms.audit.domain.ChainVerification;
import org.hpms.security.Roles;
import org.hpms.shared.crypto.ApplicationKeys;

/** Reading and verifying the audit trail: administrators only. */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class AuditTrailQueryService {

    private static final int VERIFY_PAGE = 1_000;
    public static final int MAX_REPORT_ROWS = 1_000;

    @PersistenceContext
    EntityManager em;

    /** Newest first; either filter may be blank. */
    public List<AuditEvent> find(String patientMrn, String username, int first, int max) {
        TypedQuery<AuditEvent> query = em.createQuery("SELECT e FROM AuditEvent e" + where(patientMrn, username)
                + " ORDER BY e.sequence DESC", AuditEvent.class);
        bind(query, patientMrn, username);
        return query.setFirstResult(first).setMaxResults(max).getResultList();
    }

    public long count(String patientMrn, String username) {
        TypedQuery<Long> query = em.createQuery("SELECT COUNT(e) FROM AuditEvent e" + where(patientMrn, username), Long.class);
        bind(query, patientMrn, username);
        return query.getSingleResult();
    }

    /** "Who viewed this chart": every user who read or changed the patient's record, most recent first. */
    public List<AccessSummary> whoAccessedPatient(String patientMrn) {
        return em.createQuery("SELECT new org.hpms.audit.application.AccessSummary(e.username, COUNT(e), MIN(e.occurredAt),"
                        + " MAX(e.occurredAt)) FROM AuditEvent e WHERE e.patientMrn = :mrn AND e.outcome = :success"
                        + " GROUP BY e.username ORDER BY MAX(e.occurredAt) DESC", AccessSummary.class)
                .setParameter("mrn", patientMrn == null ? "" : patientMrn.trim())
                .setParameter("success", AuditOutcome.SUCCESS)
                .getResultList();
    }

    /** "What did this user view": every patient record the user read or changed, most recent first. */
    public List<AccessSummary> patientsAccessedBy(String username) {
        return em.createQuery("SELECT new org.hpms.audit.application.AccessSummary(e.patientMrn, COUNT(e), MIN(e.occurredAt),"
                        + " MAX(e.occurredAt)) FROM AuditEvent e WHERE e.username = :username AND e.patientMrn IS NOT NULL"
                        + " AND e.outcome = :success GROUP BY e.patientMrn ORDER BY MAX(e.occurredAt) DESC", AccessSummary.class)
                .setParameter("username", username == null ? "" : username.trim())
                .setParameter("success", AuditOutcome.SUCCESS)
                .setMaxResults(MAX_REPORT_ROWS)
                .getResultList();
    }

    /**
     * Checks every chain up to where its head stood when the check began (appends go on meanwhile: a
     * hospital does not stop for it), a page at a time so that memory stays flat however long the trail;
     * then that no row lies outside the chains (no head of its own, or past its head), which would otherwise
     * escape the check.
     */
    public ChainVerification verifyChain() {
        List<AuditChainHead> heads = em.createQuery("SELECT h FROM AuditChainHead h ORDER BY h.id", AuditChainHead.class).getResultList();
        long rowsChecked = 0;
        for (AuditChainHead head : heads) {
            ChainVerification chain = verify(head);
            if (!chain.intact()) {
                return chain.after(rowsChecked);
            }
            rowsChecked += chain.rowsChecked();
        }
        // One statement sees rows and heads as of one moment: an append writes its row and its head together.
        long outside = em.createQuery("SELECT COUNT(e) FROM AuditEvent e WHERE NOT EXISTS (SELECT h FROM AuditChainHead h"
                + " WHERE h.id = e.chain AND h.lastSequence >= e.chainSequence)", Long.class).getSingleResult();
        if (outside > 0) {
            return ChainVerification.broken(rowsChecked, outside + " audit rows belong to no chain: they were inserted");
        }
        return ChainVerification.intact(rowsChecked);
    }

    private ChainVerification verify(AuditChainHead head) {
        AuditChainVerifier verifier = new AuditChainVerifier(ApplicationKeys.auditChainMac(), head.getChain());
        long after = 0;
        while (true) {
            List<AuditEvent> page = em.createQuery("SELECT e FROM AuditEvent e WHERE e.chain = :chain AND e.chainSequence > :after"
                            + " AND e.chainSequence <= :last ORDER BY e.chainSequence", AuditEvent.class)
                    .setParameter("chain", head.getChain()).setParameter("after", after).setParameter("last", head.getLastSequence())
                    .setMaxResults(VERIFY_PAGE).getResultList();
            for (AuditEvent event : page) {
                if (!verifier.accept(event)) {
                    return verifier.finish(head);
                }
            }
            if (page.size() < VERIFY_PAGE) {
                return verifier.finish(head);
            }
            after = page.get(page.size() - 1).getChainSequence();
            em.clear();
        }
    }

    private static String where(String patientMrn, String username) {
        StringBuilder where = new StringBuilder();
        if (!isBlank(patientMrn)) {
            where.append(" WHERE e.patientMrn = :mrn");
        }
        if (!isBlank(username)) {
            where.append(where.isEmpty() ? " WHERE" : " AND").append(" e.username = :username");
        }
        return where.toString();
    }

    private static void bind(TypedQuery<?> query, String patientMrn, String username) {
        if (!isBlank(patientMrn)) {
            query.setParameter("mrn", patientMrn.trim());
        }
        if (!isBlank(username)) {
            query.setParameter("username", username.trim());
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
