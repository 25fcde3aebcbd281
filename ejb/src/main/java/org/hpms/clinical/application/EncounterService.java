package org.hpms.clinical.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.hpms.audit.domain.AuditAction;
import org.hpms.clinical.domain.ClinicalNote;
import org.hpms.clinical.domain.Diagnosis;
import org.hpms.clinical.domain.Encounter;
import org.hpms.clinical.domain.EncounterEntry;
import org.hpms.clinical.domain.EncounterType;
import org.hpms.clinical.domain.MedicationOrder;
import org.hpms.clinical.domain.PatientDocument;
import org.hpms.clinical.domain.VitalSigns;
import org.hpms.patient.domain.Patient;
import org.hpms.security.Roles;
import org.hpms.staff.application.StaffDirectory;

/** Visits: opened and ended by doctors and nurses; an admission holds its bed until discharge. */
@Stateless
@RolesAllowed({Roles.DOCTOR, Roles.NURSE})
public class EncounterService {

    @PersistenceContext
    EntityManager em;

    @Inject
    ChartRecords records;

    @EJB
    StaffDirectory staff;

    /** Opens a visit now and returns its id. */
    public String open(String mrn, EncounterEntry entry) {
        Patient patient = records.patient(mrn);
        Map<String, String> problems = records.violations(entry, "encounter");
        if (entry != null && problems.isEmpty()) {
            if (!staff.isActiveWithRole(entry.getAttendingDoctor(), Roles.DOCTOR)) {
                problems.put("attendingDoctor", "No active doctor has the user name " + entry.getAttendingDoctor().strip());
            }
            if (entry.getType() == EncounterType.INPATIENT) {
                checkAdmission(patient, entry, problems);
            }
        }
        records.refuseIfAny(problems, AuditAction.ENCOUNTER_OPENED, patient);
        Encounter encounter = new Encounter(patient, entry, Instant.now());
        em.persist(encounter);
        records.audited(AuditAction.ENCOUNTER_OPENED, patient, entry.getType().name());
        return encounter.getPublicId();
    }

    private void checkAdmission(Patient patient, EncounterEntry entry, Map<String, String> problems) {
        if (entry.getWard() == null || entry.getWard().isBlank()) {
            problems.put("ward", "Ward is required for an admission");
        }
        if (entry.getBed() == null || entry.getBed().isBlank()) {
            problems.put("bed", "Bed is required for an admission");
        }
        if (!problems.isEmpty()) {
            return;
        }
        boolean admitted = em.createQuery("SELECT COUNT(e) FROM Encounter e WHERE e.patient = :patient AND e.type = :inpatient"
                        + " AND e.endedAt IS NULL AND e.voided = false", Long.class)
                .setParameter("patient", patient).setParameter("inpatient", EncounterType.INPATIENT)
                .getSingleResult() > 0;
        if (admitted) {
            problems.put("type", "The patient is already admitted; discharge them before a new admission");
        }
        boolean bedTaken = em.createQuery("SELECT COUNT(e) FROM Encounter e WHERE e.ward = :ward AND e.bed = :bed"
                        + " AND e.endedAt IS NULL AND e.voided = false", Long.class)
                .setParameter("ward", entry.getWard().strip()).setParameter("bed", entry.getBed().strip())
                .getSingleResult() > 0;
        if (bedTaken) {
            problems.put("bed", "Bed " + entry.getBed().strip() + " on ward " + entry.getWard().strip() + " is occupied");
        }
    }

    /**
     * Ends a visit (discharges an admitted patient, freeing the bed). An admission needs a discharge
     * summary; other visits may have one.
     */
    public void end(String encounterId, String dischargeSummary) {
        Encounter encounter = records.encounter(encounterId);
        Patient patient = encounter.getPatient();
        if (!encounter.isOpen()) {
            records.refuseIfAny(Map.of("encounter", "This encounter has already ended"), AuditAction.ENCOUNTER_ENDED, patient);
        }
        if (encounter.getType() == EncounterType.INPATIENT && (dischargeSummary == null || dischargeSummary.isBlank())) {
            records.refuseIfAny(Map.of("dischargeSummary", "A discharge summary is required to discharge an admitted patient"),
                    AuditAction.ENCOUNTER_ENDED, patient);
        }
        if (dischargeSummary != null && dischargeSummary.length() > 20_000) {
            records.refuseIfAny(Map.of("dischargeSummary", "Discharge summary must be at most 20000 characters"),
                    AuditAction.ENCOUNTER_ENDED, patient);
        }
        encounter.end(Instant.now(), dischargeSummary);
        records.audited(AuditAction.ENCOUNTER_ENDED, patient, null);
    }

    /** The encounter with everything recorded in it: one query per kind of record, whatever their number. */
    public EncounterDetails details(String encounterId) {
        Encounter encounter = records.encounter(encounterId);
        Patient patient = encounter.getPatient();
        List<Diagnosis> diagnoses = em.createQuery("SELECT d FROM Diagnosis d JOIN FETCH d.code WHERE d.encounter = :e"
                + " AND d.voided = false ORDER BY d.rank, d.id", Diagnosis.class).setParameter("e", encounter).getResultList();
        List<VitalSigns> vitals = em.createQuery("SELECT v FROM VitalSigns v WHERE v.encounter = :e AND v.voided = false"
                + " ORDER BY v.measuredAt DESC", VitalSigns.class).setParameter("e", encounter).getResultList();
        List<MedicationOrder> medications = em.createQuery("SELECT m FROM MedicationOrder m WHERE m.encounter = :e"
                + " ORDER BY m.id", MedicationOrder.class).setParameter("e", encounter).getResultList();
        List<ClinicalNote> notes = em.createQuery("SELECT n FROM ClinicalNote n LEFT JOIN FETCH n.amends WHERE n.encounter = :e"
                + " ORDER BY n.signedAt, n.id", ClinicalNote.class).setParameter("e", encounter).getResultList();
        List<PatientDocument> documents = em.createQuery("SELECT d FROM PatientDocument d WHERE d.encounter = :e"
                + " AND d.voided = false ORDER BY d.id", PatientDocument.class).setParameter("e", encounter).getResultList();
        List<DiagnosisView> diagnosisViews = diagnoses.stream().map(DiagnosisView::of).toList();
        records.audited(AuditAction.ENCOUNTER_VIEWED, patient, null);
        return new EncounterDetails(patient.getMrn().value(),
                EncounterSummary.of(encounter, diagnosisViews.stream().map(DiagnosisView::label).toList(), notes.size()),
                encounter.getDischargeSummary(),
                diagnosisViews,
                vitals.stream().map(VitalsView::of).toList(),
                medications.stream().map(MedicationView::of).toList(),
                notes.stream().map(NoteView::of).toList(), // in signing order (the query's)
                documents.stream().map(DocumentView::of).toList());
    }
}
