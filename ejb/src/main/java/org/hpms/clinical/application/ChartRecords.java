package org.hpms.clinical.application;

import jakarta.ejb.EJB;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.security.Principal;
import java.util.Map;
import java.util.TreeMap;
import org.hpms.audit.application.AuditTrail;
import org.hpms.audit.domain.AuditAction;
import org.hpms.audit.domain.AuditOutcome;
import org.hpms.clinical.domain.Encounter;
import org.hpms.clinical.domain.PatientRecord;
import org.hpms.patient.application.PatientLookup;
import org.hpms.patient.domain.InvalidPatientDataException;
import org.hpms.patient.domain.Patient;
import org.hpms.security.Roles;

/**
 * What every chart service does first: find the patient or the record a request names, validate what
 * was entered, and refuse (audited, nothing saved) with field reasons. Runs in the caller's transaction.
 * A session bean, not a plain CDI bean: WildFly can fail a deployment when a CDI bean's
 * {@code @PersistenceContext} is resolved before the persistence unit is installed (seen in CI).
 * Only the clinical services use it.
 */
@Stateless
@RolesAllowed({Roles.DOCTOR, Roles.NURSE})
public class ChartRecords {

    static final int MIN_REASON = 5;

    @PersistenceContext
    EntityManager em;

    @Inject
    Validator validator;

    @Inject
    Principal caller;

    @EJB
    AuditTrail auditTrail;

    /** The current record of the patient; a merged record names the one it was merged into. */
    public Patient patient(String mrn) {
        return PatientLookup.current(em, mrn);
    }

    public Encounter encounter(String publicId) {
        Encounter encounter = record(Encounter.class, publicId, "encounter", "No such encounter");
        if (encounter.isVoided()) {
            throw new InvalidPatientDataException(Map.of("encounter", "This encounter was voided"));
        }
        return encounter;
    }

    /** A chart record by its public id, with its patient, or a field error naming {@code field}. */
    public <T extends PatientRecord> T record(Class<T> type, String publicId, String field, String notFound) {
        return em.createQuery("SELECT r FROM " + type.getSimpleName() + " r JOIN FETCH r.patient WHERE r.publicId = :id", type)
                .setParameter("id", publicId == null ? "" : publicId)
                .getResultStream().findFirst()
                .orElseThrow(() -> new InvalidPatientDataException(Map.of(field, notFound)));
    }

    /** Bean Validation of an entry, as field name to first reason. */
    public Map<String, String> violations(Object entry, String nullField) {
        Map<String, String> problems = new TreeMap<>();
        if (entry == null) {
            problems.put(nullField, "Nothing was entered");
            return problems;
        }
        for (ConstraintViolation<Object> violation : validator.validate(entry)) {
            problems.putIfAbsent(violation.getPropertyPath().toString(), violation.getMessage());
        }
        return problems;
    }

    /** Refuses when there are problems: audited as REJECTED with the field names (never the values). */
    public void refuseIfAny(Map<String, String> problems, AuditAction action, Patient patient) {
        if (!problems.isEmpty()) {
            auditTrail.record(action, patient == null ? null : patient.getMrn().value(), AuditOutcome.REJECTED,
                    "invalid fields: " + String.join(",", new TreeMap<>(problems).keySet()));
            throw new InvalidPatientDataException(problems);
        }
    }

    public void requireReason(String reason, String field, AuditAction action, Patient patient) {
        if (reason == null || reason.strip().length() < MIN_REASON) {
            refuseIfAny(Map.of(field, "Give a reason (at least " + MIN_REASON + " characters)"), action, patient);
        }
    }

    public void audited(AuditAction action, Patient patient, String detail) {
        auditTrail.record(action, patient.getMrn().value(), AuditOutcome.SUCCESS, detail);
    }

    public String callerName() {
        return caller.getName();
    }
}
