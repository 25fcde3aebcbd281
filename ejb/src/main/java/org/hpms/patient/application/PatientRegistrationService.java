package org.hpms.patient.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.validation.Validator;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.List;
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
    static final int MAX_LIKELY_DUPLICATES = 10;

    @PersistenceContext
    EntityManager em;

    @Inject
    Validator validator;

    @EJB
    MrnAllocator mrnAllocator;

    @EJB
    AuditTrail auditTrail;

    public MedicalRecordNumber register(Demographics demographics) {
        Map<String, String> problems = DemographicsRules.problems(validator, demographics);
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

    /**
     * Registered patients who may be the same person: the same phone number, or the same date of birth
     * and a similar name (see {@link PatientSearchKeys#similarNameKeys}). A warning for the clerk, not a
     * refusal. Audited like a search.
     */
    public List<PatientSummary> findLikelyDuplicates(Demographics demographics) {
        if (demographics == null) {
            return List.of();
        }
        PatientSearchKeys keys = new PatientSearchKeys(ApplicationKeys.blindIndex());
        Map<String, Object> parameters = new TreeMap<>();
        List<String> alternatives = new ArrayList<>();
        Long phone = keys.phone(demographics.getPhone());
        if (phone != null) {
            alternatives.add("p.phoneIndex = :phone");
            parameters.put("phone", phone);
        }
        Set<Long> similarName = keys.similarNameKeys(demographics.getGivenName(), demographics.getFamilyName());
        if (demographics.getBirthDate() != null && !similarName.isEmpty()) {
            List<String> sameBirthAndName = new ArrayList<>(List.of("p.birthDateIndex = :birthDate"));
            parameters.put("birthDate", keys.birthDate(demographics.getBirthDate()));
            int i = 0;
            for (Long key : similarName) {
                sameBirthAndName.add(":name" + i + " MEMBER OF p.nameTokens");
                parameters.put("name" + i, key);
                i++;
            }
            alternatives.add("(" + String.join(" AND ", sameBirthAndName) + ")");
        }
        if (alternatives.isEmpty()) {
            return List.of();
        }
        TypedQuery<Patient> query = em.createQuery("SELECT p FROM Patient p WHERE p.voided = false AND ("
                + String.join(" OR ", alternatives) + ") ORDER BY p.id DESC", Patient.class);
        parameters.forEach(query::setParameter);
        List<PatientSummary> candidates = query.setMaxResults(MAX_LIKELY_DUPLICATES).getResultStream()
                .map(PatientSummary::of).toList();
        auditTrail.record(AuditAction.PATIENT_SEARCHED, candidates.size() == 1 ? candidates.get(0).mrn() : null,
                AuditOutcome.SUCCESS, "likely-duplicate check; " + candidates.size() + " candidate(s)");
        return candidates;
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
