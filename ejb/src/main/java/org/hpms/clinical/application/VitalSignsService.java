package org.hpms.clinical.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.hpms.audit.domain.AuditAction;
import org.hpms.clinical.domain.Encounter;
import org.hpms.clinical.domain.VitalSigns;
import org.hpms.clinical.domain.VitalSignsEntry;
import org.hpms.clinical.domain.VitalSignsRules;
import org.hpms.patient.domain.Patient;
import org.hpms.security.Roles;

/** Vital signs: recorded by doctors and nurses within plausibility limits; trends for the chart. */
@Stateless
@RolesAllowed({Roles.DOCTOR, Roles.NURSE})
public class VitalSignsService {

    public static final int MAX_TREND_POINTS = 200;

    @PersistenceContext
    EntityManager em;

    @Inject
    ChartRecords records;

    public String record(String encounterId, VitalSignsEntry entry) {
        Encounter encounter = records.encounter(encounterId);
        Map<String, String> problems = VitalSignsRules.implausible(entry);
        records.refuseIfAny(problems, AuditAction.VITALS_RECORDED, encounter.getPatient());
        VitalSigns vitals = new VitalSigns(encounter, entry, Instant.now());
        em.persist(vitals);
        records.audited(AuditAction.VITALS_RECORDED, encounter.getPatient(), null);
        return vitals.getPublicId();
    }

    /** The latest {@code points} sets, oldest first (the order a trend chart draws them). */
    public List<VitalsView> trend(String mrn, int points) {
        Patient patient = records.patient(mrn);
        List<VitalsView> latest = new ArrayList<>(em.createQuery("SELECT v FROM VitalSigns v JOIN FETCH v.encounter"
                        + " WHERE v.patient = :patient AND v.voided = false ORDER BY v.measuredAt DESC, v.id DESC", VitalSigns.class)
                .setParameter("patient", patient)
                .setMaxResults(Math.min(Math.max(1, points), MAX_TREND_POINTS))
                .getResultStream().map(VitalsView::of).toList());
        Collections.reverse(latest);
        records.audited(AuditAction.VITALS_VIEWED, patient, null);
        return latest;
    }

    public void voidVitals(String vitalsId, String reason) {
        VitalSigns vitals = records.record(VitalSigns.class, vitalsId, "vitals", "No such set of vital signs");
        records.requireReason(reason, "voidReason", AuditAction.VITALS_VOIDED, vitals.getPatient());
        if (vitals.isVoided()) {
            records.refuseIfAny(Map.of("vitals", "Already voided"), AuditAction.VITALS_VOIDED, vitals.getPatient());
        }
        vitals.voidIt(records.callerName(), reason.strip());
        records.audited(AuditAction.VITALS_VOIDED, vitals.getPatient(), null);
    }
}
