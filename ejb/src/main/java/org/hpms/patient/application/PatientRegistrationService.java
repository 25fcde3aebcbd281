package org.hpms.patient.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.hpms.audit.application.AuditTrail;
import org.hpms.audit.domain.AuditAction;
import org.hpms.audit.domain.AuditOutcome;
import org.hpms.patient.domain.Demographics;
import org.hpms.patient.domain.DuplicatePatientException;
import org.hpms.patient.domain.InvalidPatientDataException;
import org.hpms.patient.domain.MedicalRecordNumber;
import org.hpms.patient.domain.Patient;
import org.hpms.patient.domain.PatientSearchKeys;
import org.hpms.patient.infrastructure.MrnAllocator;
import org.hpms.security.Roles;
import org.hpms.shared.crypto.ApplicationKeys;

/** Registers new patients: validates, refuses duplicates by national id, assigns the MRN, audits. */
@Stateless
@RolesAllowed({Roles.RECEPTIONIST, Roles.ADMIN})
public class PatientRegistrationService {

    private static final String NATIONAL_ID_CONSTRAINT = "uk_patient_national_id";

    @PersistenceContext
    EntityManager em;

    @Inject
    Validator validator;

    @EJB
    MrnAllocator mrnAllocator;

    @EJB
    AuditTrail auditTrail;

    public MedicalRecordNumber register(Demographics demographics) {
        Map<String, String> problems = validate(demographics);
        if (!problems.isEmpty()) {
            auditTrail.record(AuditAction.PATIENT_REGISTERED, null, AuditOutcome.REJECTED,
                    "invalid fields: " + String.join(",", problems.keySet()));
            throw new InvalidPatientDataException(problems);
        }
        PatientSearchKeys keys = new PatientSearchKeys(ApplicationKeys.blindIndex());
        Optional<MedicalRecordNumber> existing = findByNationalId(keys.nationalId(demographics.getNationalId()));
        if (existing.isPresent()) {
            auditTrail.record(AuditAction.PATIENT_REGISTERED, existing.get().value(), AuditOutcome.REJECTED,
                    "duplicate national id");
            throw new DuplicatePatientException(existing.get());
        }
        Patient patient = new Patient(mrnAllocator.next(), demographics, keys);
        try {
            em.persist(patient);
            em.flush();
        } catch (PersistenceException e) {
            // Two registrations of the same national id raced past the check above; the unique index decided.
            // The persistence context is unusable now, so the winner's MRN cannot be looked up here.
            if (violates(e, NATIONAL_ID_CONSTRAINT)) {
                auditTrail.record(AuditAction.PATIENT_REGISTERED, null, AuditOutcome.REJECTED, "duplicate national id");
                throw new DuplicatePatientException(null);
            }
            throw e;
        }
        auditTrail.record(AuditAction.PATIENT_REGISTERED, patient.getMrn().value(), AuditOutcome.SUCCESS, null);
        return patient.getMrn();
    }

    private Map<String, String> validate(Demographics demographics) {
        Map<String, String> problems = new TreeMap<>();
        if (demographics == null) {
            problems.put("demographics", "Patient data is required");
            return problems;
        }
        Set<ConstraintViolation<Demographics>> violations = validator.validate(demographics);
        for (ConstraintViolation<Demographics> violation : violations) {
            problems.putIfAbsent(violation.getPropertyPath().toString(), violation.getMessage());
        }
        LocalDate birthDate = demographics.getBirthDate();
        if (birthDate != null && birthDate.isBefore(Demographics.earliestBirthDate(LocalDate.now()))) {
            problems.putIfAbsent("birthDate", "Date of birth is more than 130 years ago");
        }
        return problems;
    }

    private static boolean violates(Throwable error, String constraint) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof java.sql.SQLException && String.valueOf(cause.getMessage()).contains(constraint)) {
                return true;
            }
        }
        return false;
    }

    private Optional<MedicalRecordNumber> findByNationalId(Long nationalIdIndex) {
        if (nationalIdIndex == null) {
            return Optional.empty();
        }
        return em.createQuery("SELECT p.mrn FROM Patient p WHERE p.nationalIdIndex = :index", MedicalRecordNumber.class)
                .setParameter("index", nationalIdIndex)
                .getResultStream().findFirst();
    }
}
