package org.hpms.clinical.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.hpms.audit.domain.AuditAction;
import org.hpms.clinical.domain.Encounter;
import org.hpms.clinical.domain.MedicationOrder;
import org.hpms.clinical.domain.MedicationStatus;
import org.hpms.clinical.domain.PrescriptionEntry;
import org.hpms.patient.domain.Patient;
import org.hpms.security.Roles;

/** Prescriptions: written and stopped by doctors; the current list is for doctors and nurses. */
@Stateless
@RolesAllowed(Roles.DOCTOR)
public class PrescriptionService {

    @PersistenceContext
    EntityManager em;

    @Inject
    ChartRecords records;

    /** Prescribes in an open encounter, starting today; the caller is the prescriber. */
    public String prescribe(String encounterId, PrescriptionEntry entry) {
        Encounter encounter = records.encounter(encounterId);
        Map<String, String> problems = records.violations(entry, "prescription");
        if (!encounter.isOpen()) {
            problems.put("encounter", "This encounter has ended; prescribe in a current encounter");
        }
        records.refuseIfAny(problems, AuditAction.MEDICATION_PRESCRIBED, encounter.getPatient());
        MedicationOrder order = new MedicationOrder(encounter, entry, records.callerName(), LocalDate.now());
        em.persist(order);
        records.audited(AuditAction.MEDICATION_PRESCRIBED, encounter.getPatient(), null);
        return order.getPublicId();
    }

    /** Stops a medication with the reason (side effect, course changed, recorded in error...). */
    public void stop(String medicationId, String reason) {
        MedicationOrder order = records.record(MedicationOrder.class, medicationId, "medication", "No such prescription");
        records.requireReason(reason, "stopReason", AuditAction.MEDICATION_STOPPED, order.getPatient());
        if (order.getStatus() == MedicationStatus.STOPPED) {
            records.refuseIfAny(Map.of("medication", "This medication is already stopped"), AuditAction.MEDICATION_STOPPED,
                    order.getPatient());
        }
        order.stop(records.callerName(), reason.strip());
        records.audited(AuditAction.MEDICATION_STOPPED, order.getPatient(), null);
    }

    /** What the patient takes today: not stopped, and within its duration. */
    @RolesAllowed({Roles.DOCTOR, Roles.NURSE})
    public List<MedicationView> current(String mrn) {
        Patient patient = records.patient(mrn);
        List<MedicationView> current = currentOf(em, patient);
        records.audited(AuditAction.MEDICATIONS_VIEWED, patient, null);
        return current;
    }

    static List<MedicationView> currentOf(EntityManager em, Patient patient) {
        LocalDate today = LocalDate.now();
        return em.createQuery("SELECT m FROM MedicationOrder m JOIN FETCH m.encounter WHERE m.patient = :patient"
                        + " AND m.status = :active AND m.startDate <= :today AND (m.endDate IS NULL OR m.endDate >= :today)"
                        + " ORDER BY m.startDate DESC, m.id DESC", MedicationOrder.class)
                .setParameter("patient", patient).setParameter("active", MedicationStatus.ACTIVE).setParameter("today", today)
                .getResultStream().map(MedicationView::of).toList();
    }
}
