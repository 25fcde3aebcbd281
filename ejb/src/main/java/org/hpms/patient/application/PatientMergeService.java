package org.hpms.patient.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.hpms.audit.application.AuditTrail;
import org.hpms.audit.domain.AuditAction;
import org.hpms.audit.domain.AuditOutcome;
import org.hpms.patient.domain.InvalidPatientDataException;
import org.hpms.patient.domain.MedicalRecordNumber;
import org.hpms.patient.domain.Patient;
import org.hpms.patient.domain.PatientMerge;
import org.hpms.patient.domain.PatientsMerged;
import org.hpms.security.Roles;

/**
 * Merges two records of the same person (administrators only). Everything of the obsolete record
 * moves to the surviving one: this feature moves its own identifiers, and every other feature moves
 * its records in an observer of {@link PatientsMerged}, all in one transaction. The obsolete record
 * is voided with the reason and points at the survivor; both MRNs get an audit row.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class PatientMergeService {

    public static final int MIN_REASON = 10;

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<PatientsMerged> merged;

    @EJB
    AuditTrail auditTrail;

    @Resource
    SessionContext session;

    public MergeReport merge(String survivingMrn, String obsoleteMrn, String reason) {
        Map<String, String> problems = new TreeMap<>();
        Patient survivor = find(survivingMrn, "survivingMrn", problems);
        Patient obsolete = find(obsoleteMrn, "obsoleteMrn", problems);
        if (survivor != null && obsolete != null && survivor.getId().equals(obsolete.getId())) {
            problems.put("obsoleteMrn", "A record cannot be merged into itself");
        }
        if (reason == null || reason.strip().length() < MIN_REASON) {
            problems.put("reason", "Say why these records are the same person (at least " + MIN_REASON + " characters)");
        }
        if (!problems.isEmpty()) {
            auditTrail.record(AuditAction.PATIENT_MERGED, obsolete == null ? null : obsolete.getMrn().value(), AuditOutcome.REJECTED,
                    "invalid fields: " + String.join(",", problems.keySet()));
            throw new InvalidPatientDataException(problems);
        }
        String who = session.getCallerPrincipal().getName();
        PatientsMerged event = new PatientsMerged(survivor, obsolete);
        event.moved("PatientIdentifier", em.createQuery("UPDATE PatientIdentifier i SET i.patient = :survivor"
                        + " WHERE i.patient = :obsolete")
                .setParameter("survivor", survivor).setParameter("obsolete", obsolete).executeUpdate());
        merged.fire(event);
        obsolete.mergeInto(survivor, who, reason.strip());
        String moved = event.movedRecords().entrySet().stream()
                .map(entry -> entry.getKey() + "=" + entry.getValue()).collect(Collectors.joining(","));
        em.persist(new PatientMerge(survivor, obsolete, who, reason.strip(), moved));
        auditTrail.record(AuditAction.PATIENT_MERGED, survivor.getMrn().value(), AuditOutcome.SUCCESS,
                "survivor of " + obsolete.getMrn().value() + "; moved " + moved);
        auditTrail.record(AuditAction.PATIENT_MERGED, obsolete.getMrn().value(), AuditOutcome.SUCCESS,
                "merged into " + survivor.getMrn().value());
        return new MergeReport(survivor.getMrn().value(), obsolete.getMrn().value(), event.movedRecords());
    }

    /** The record, locked against a concurrent merge or edit, if it can take part in a merge. */
    private Patient find(String mrn, String field, Map<String, String> problems) {
        if (!MedicalRecordNumber.isValid(mrn)) {
            problems.put(field, "Not a valid medical record number");
            return null;
        }
        Patient patient = em.createNamedQuery(Patient.BY_MRN, Patient.class)
                .setParameter("mrn", MedicalRecordNumber.parse(mrn))
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst().orElse(null);
        if (patient == null) {
            problems.put(field, "No patient has this medical record number");
        } else if (patient.isVoided()) {
            problems.put(field, "This record was already merged into another one");
        }
        return patient;
    }
}
