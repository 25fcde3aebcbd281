package org.hpms.lab.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.hpms.audit.application.AuditTrail;
import org.hpms.audit.domain.AuditAction;
import org.hpms.audit.domain.AuditOutcome;
import org.hpms.lab.domain.LabReport;
import org.hpms.patient.domain.InvalidPatientDataException;
import org.hpms.security.Roles;

/**
 * A doctor's results inbox: the reports they are to review (of their orders, or unsolicited ones a
 * lab technician gave them) that nobody signed off yet, critical first, then abnormal, newest first.
 * Unsigned critical reports are the doctor's alert, shown on every screen until signed off.
 */
@Stateless
@RolesAllowed(Roles.DOCTOR)
public class LabResultsInbox {

    public static final int MAX_ROWS = 200;

    @PersistenceContext
    EntityManager em;

    @EJB
    AuditTrail auditTrail;

    @Resource
    SessionContext session;

    public List<LabReportView> inbox() {
        List<LabReportView> reports = em.createQuery("SELECT r FROM LabReport r JOIN FETCH r.patient LEFT JOIN FETCH r.order"
                        + " WHERE r.reviewer = :me AND r.signedOffAt IS NULL AND r.supersededBy IS NULL"
                        + " ORDER BY r.critical DESC, r.abnormal DESC, r.receivedAt DESC, r.id DESC", LabReport.class)
                .setParameter("me", me()).setMaxResults(MAX_ROWS).getResultStream().map(LabReportView::of).toList();
        auditTrail.record(AuditAction.LAB_RESULT_VIEWED, null, AuditOutcome.SUCCESS, "results inbox, " + reports.size() + " reports");
        return reports;
    }

    /** How many critical reports wait for the caller's sign-off (no patient data: not audited). */
    public long criticalCount() {
        return em.createQuery("SELECT COUNT(r) FROM LabReport r WHERE r.reviewer = :me AND r.signedOffAt IS NULL"
                        + " AND r.supersededBy IS NULL AND r.critical = true", Long.class)
                .setParameter("me", me()).getSingleResult();
    }

    /** The reviewing doctor confirms they have seen the report and acted on it. */
    public void signOff(long reportId) {
        LabReport report = em.find(LabReport.class, reportId, LockModeType.PESSIMISTIC_WRITE);
        if (report == null) {
            throw new InvalidPatientDataException(Map.of("report", "No such lab report"));
        }
        String problem = report.getSupersededBy() != null ? "A newer report replaced this one; sign that one off"
                : report.getSignedOffAt() != null ? "Already signed off by " + report.getSignedOffBy()
                : !report.getReviewer().equals(me()) ? "This report is for " + report.getReviewer() + " to sign off" : null;
        if (problem != null) {
            auditTrail.record(AuditAction.LAB_RESULT_SIGNED_OFF, report.getPatient().getMrn().value(), AuditOutcome.REJECTED, problem);
            throw new InvalidPatientDataException(Map.of("report", problem));
        }
        report.signOff(me(), Instant.now());
        auditTrail.record(AuditAction.LAB_RESULT_SIGNED_OFF, report.getPatient().getMrn().value(), AuditOutcome.SUCCESS,
                "report " + reportId);
    }

    private String me() {
        return session.getCallerPrincipal().getName();
    }
}
