package org.hpms.clinical.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.hpms.audit.application.AuditTrail;
import org.hpms.audit.domain.AuditAction;
import org.hpms.audit.domain.AuditOutcome;
import org.hpms.clinical.domain.Allergy;
import org.hpms.clinical.domain.AllergyEntry;
import org.hpms.patient.domain.InvalidPatientDataException;
import org.hpms.patient.domain.MedicalRecordNumber;
import org.hpms.patient.domain.Patient;
import org.hpms.patient.domain.UnknownPatientException;
import org.hpms.security.Roles;

/** Allergies: recorded, listed and voided by doctors and nurses only; every call audited. */
@Stateless
@RolesAllowed({Roles.DOCTOR, Roles.NURSE})
public class AllergyService {

    public static final int MIN_VOID_REASON = 5;

    @PersistenceContext
    EntityManager em;

    @Inject
    Validator validator;

    @EJB
    AuditTrail auditTrail;

    @Resource
    SessionContext session;

    /** Records an allergy and returns its identifier. */
    public String record(String mrn, AllergyEntry entry) {
        Patient patient = patient(mrn);
        Map<String, String> problems = new TreeMap<>();
        if (entry == null) {
            problems.put("allergy", "Allergy data is required");
        } else {
            for (ConstraintViolation<AllergyEntry> violation : validator.validate(entry)) {
                problems.putIfAbsent(violation.getPropertyPath().toString(), violation.getMessage());
            }
        }
        if (!problems.isEmpty()) {
            auditTrail.record(AuditAction.ALLERGY_RECORDED, patient.getMrn().value(), AuditOutcome.REJECTED,
                    "invalid fields: " + String.join(",", problems.keySet()));
            throw new InvalidPatientDataException(problems);
        }
        Allergy allergy = new Allergy(patient, entry);
        em.persist(allergy);
        auditTrail.record(AuditAction.ALLERGY_RECORDED, patient.getMrn().value(), AuditOutcome.SUCCESS, null);
        return allergy.getUid();
    }

    /** The patient's allergies that are not voided, most severe first. */
    public List<AllergyView> activeAllergies(String mrn) {
        Patient patient = patient(mrn);
        List<AllergyView> allergies = em.createQuery("SELECT a FROM Allergy a WHERE a.patient = :patient AND a.voided = false"
                        + " ORDER BY a.id", Allergy.class)
                .setParameter("patient", patient)
                .getResultStream().map(AllergyView::of)
                .sorted((a, b) -> b.severity().compareTo(a.severity()))
                .toList();
        auditTrail.record(AuditAction.ALLERGIES_VIEWED, patient.getMrn().value(), AuditOutcome.SUCCESS, null);
        return allergies;
    }

    /** Voids an allergy recorded in error; it stays in the record with who voided it and why. */
    public void voidAllergy(String uid, String reason) {
        Allergy allergy = em.createQuery("SELECT a FROM Allergy a JOIN FETCH a.patient WHERE a.uid = :uid", Allergy.class)
                .setParameter("uid", uid == null ? "" : uid)
                .getResultStream().findFirst()
                .orElseThrow(() -> new InvalidPatientDataException(Map.of("allergy", "No such allergy")));
        String mrn = allergy.getPatient().getMrn().value();
        if (reason == null || reason.strip().length() < MIN_VOID_REASON) {
            auditTrail.record(AuditAction.ALLERGY_VOIDED, mrn, AuditOutcome.REJECTED, "no reason given");
            throw new InvalidPatientDataException(Map.of("voidReason", "Say why the allergy is voided (at least "
                    + MIN_VOID_REASON + " characters)"));
        }
        if (allergy.isVoided()) {
            throw new InvalidPatientDataException(Map.of("allergy", "This allergy is already voided"));
        }
        allergy.voidIt(session.getCallerPrincipal().getName(), reason.strip());
        auditTrail.record(AuditAction.ALLERGY_VOIDED, mrn, AuditOutcome.SUCCESS, null);
    }

    private Patient patient(String mrn) {
        if (!MedicalRecordNumber.isValid(mrn)) {
            throw new UnknownPatientException();
        }
        return em.createNamedQuery(Patient.BY_MRN, Patient.class)
                .setParameter("mrn", MedicalRecordNumber.parse(mrn))
                .getResultStream().findFirst()
                .orElseThrow(UnknownPatientException::new);
    }
}
