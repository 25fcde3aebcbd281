package org.hpms.clinical.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import org.hpms.audit.domain.AuditAction;
import org.hpms.clinical.domain.Allergy;
import org.hpms.clinical.domain.AllergyEntry;
import org.hpms.patient.domain.Patient;
import org.hpms.security.Roles;

/** Allergies: recorded, listed and voided by doctors and nurses only; every call audited. */
@Stateless
@RolesAllowed({Roles.DOCTOR, Roles.NURSE})
public class AllergyService {

    @PersistenceContext
    EntityManager em;

    @Inject
    ChartRecords records;

    /** Records an allergy and returns its identifier. */
    public String record(String mrn, AllergyEntry entry) {
        Patient patient = records.patient(mrn);
        records.refuseIfAny(records.violations(entry, "allergy"), AuditAction.ALLERGY_RECORDED, patient);
        Allergy allergy = new Allergy(patient, entry);
        em.persist(allergy);
        records.audited(AuditAction.ALLERGY_RECORDED, patient, null);
        return allergy.getPublicId();
    }

    /** The patient's allergies that are not voided, most severe first. */
    public List<AllergyView> activeAllergies(String mrn) {
        Patient patient = records.patient(mrn);
        List<AllergyView> allergies = activeOf(em, patient);
        records.audited(AuditAction.ALLERGIES_VIEWED, patient, null);
        return allergies;
    }

    static List<AllergyView> activeOf(EntityManager em, Patient patient) {
        return em.createQuery("SELECT a FROM Allergy a WHERE a.patient = :patient AND a.voided = false ORDER BY a.id", Allergy.class)
                .setParameter("patient", patient)
                .getResultStream().map(AllergyView::of)
                .sorted((a, b) -> b.severity().compareTo(a.severity()))
                .toList();
    }

    /** Voids an allergy recorded in error; it stays in the record with who voided it and why. */
    public void voidAllergy(String uid, String reason) {
        Allergy allergy = records.record(Allergy.class, uid, "allergy", "No such allergy");
        records.requireReason(reason, "voidReason", AuditAction.ALLERGY_VOIDED, allergy.getPatient());
        if (allergy.isVoided()) {
            records.refuseIfAny(Map.of("allergy", "This allergy is already voided"), AuditAction.ALLERGY_VOIDED, allergy.getPatient());
        }
        allergy.voidIt(records.callerName(), reason.strip());
        records.audited(AuditAction.ALLERGY_VOIDED, allergy.getPatient(), null);
    }
}
