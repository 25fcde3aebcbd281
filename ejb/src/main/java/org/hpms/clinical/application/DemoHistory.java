package org.hpms.clinical.application;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.hpms.clinical.domain.Allergy;
import org.hpms.clinical.domain.AllergyCategory;
import org.hpms.clinical.domain.AllergyEntry;
import org.hpms.clinical.domain.AllergySeverity;
import org.hpms.clinical.domain.ClinicalNote;
import org.hpms.clinical.domain.Diagnosis;
import org.hpms.clinical.domain.DiagnosisEntry;
import org.hpms.clinical.domain.DiagnosisRank;
import org.hpms.clinical.domain.Encounter;
import org.hpms.clinical.domain.EncounterEntry;
import org.hpms.clinical.domain.EncounterType;
import org.hpms.clinical.domain.Icd10Code;
import org.hpms.clinical.domain.MedicationOrder;
import org.hpms.clinical.domain.MedicationRoute;
import org.hpms.clinical.domain.NoteType;
import org.hpms.clinical.domain.PrescriptionEntry;
import org.hpms.clinical.domain.VitalSigns;
import org.hpms.clinical.domain.VitalSignsEntry;
import org.hpms.patient.domain.Patient;
import org.hpms.patient.domain.PatientSearchKeys;
import org.hpms.shared.config.HpmsConfiguration;
import org.hpms.shared.crypto.ApplicationKeys;

/**
 * In demo mode, gives the demo patient Mohammad Karim a short medical history once (two visits with
 * diagnoses, vital signs, prescriptions, notes and an allergy), so that a new installation shows a
 * real chart. Written as dr.rahman would have recorded it.
 */
@Singleton
@Startup
@DependsOn("DemoPatients")
public class DemoHistory {

    public static final String DEMO_NATIONAL_ID = "1958269777001";
    public static final String DOCTOR = "dr.rahman";

    @PersistenceContext
    EntityManager em;

    @PostConstruct
    void recordSamples() {
        if (!HpmsConfiguration.demoMode()) {
            return;
        }
        Long nationalId = new PatientSearchKeys(ApplicationKeys.blindIndex()).nationalId(DEMO_NATIONAL_ID);
        Patient karim = em.createQuery("SELECT p FROM Patient p WHERE p.nationalIdIndex = :index", Patient.class)
                .setParameter("index", nationalId).getResultStream().findFirst().orElse(null);
        if (karim == null || em.createQuery("SELECT COUNT(e) FROM Encounter e WHERE e.patient = :p", Long.class)
                .setParameter("p", karim).getSingleResult() > 0) {
            return;
        }
        AllergyEntry sulfa = new AllergyEntry();
        sulfa.setSubstance("Sulfonamides");
        sulfa.setCategory(AllergyCategory.MEDICATION);
        sulfa.setReaction("widespread rash");
        sulfa.setSeverity(AllergySeverity.SEVERE);
        em.persist(new Allergy(karim, sulfa));

        Instant lastYear = Instant.now().minus(200, ChronoUnit.DAYS);
        Encounter first = visit(karim, "Thirst, tiredness and weight loss", lastYear);
        diagnose(first, "E119", LocalDate.now().minusDays(210));
        vitals(first, lastYear, 152, 96, 84, "36.9", "81.0", "168");
        prescribe(first, "Metformin", "500 mg", "twice daily with meals", null, LocalDate.now().minusDays(200));
        note(first, "Fasting glucose 9.8 mmol/L, HbA1c 8.1 %. Type 2 diabetes. Start metformin, diet advice.", lastYear);
        first.end(lastYear.plus(40, ChronoUnit.MINUTES), null);

        Instant recent = Instant.now().minus(14, ChronoUnit.DAYS);
        Encounter review = visit(karim, "Diabetes and blood pressure review", recent);
        diagnose(review, "I10", LocalDate.now().minusDays(14));
        vitals(review, recent, 146, 92, 78, "36.7", "78.5", "168");
        prescribe(review, "Amlodipine", "5 mg", "once daily", null, LocalDate.now().minusDays(14));
        note(review, "Weight down 2.5 kg. BP persistently above 140/90: essential hypertension, start amlodipine.", recent);
        review.end(recent.plus(30, ChronoUnit.MINUTES), null);
    }

    private Encounter visit(Patient patient, String complaint, Instant at) {
        EncounterEntry entry = new EncounterEntry();
        entry.setType(EncounterType.OUTPATIENT);
        entry.setAttendingDoctor(DOCTOR);
        entry.setChiefComplaint(complaint);
        Encounter encounter = new Encounter(patient, entry, at);
        em.persist(encounter);
        return encounter;
    }

    private void diagnose(Encounter encounter, String code, LocalDate onset) {
        DiagnosisEntry entry = new DiagnosisEntry();
        entry.setCode(code);
        entry.setRank(DiagnosisRank.PRIMARY);
        entry.setOnsetDate(onset);
        em.persist(new Diagnosis(encounter, em.find(Icd10Code.class, code), entry));
    }

    private void vitals(Encounter encounter, Instant at, int systolic, int diastolic, int pulse, String temperature,
                        String weight, String height) {
        VitalSignsEntry entry = new VitalSignsEntry();
        entry.setSystolic(systolic);
        entry.setDiastolic(diastolic);
        entry.setPulse(pulse);
        entry.setTemperature(new BigDecimal(temperature));
        entry.setRespiratoryRate(16);
        entry.setOxygenSaturation(97);
        entry.setWeight(new BigDecimal(weight));
        entry.setHeight(new BigDecimal(height));
        em.persist(new VitalSigns(encounter, entry, at.plus(5, ChronoUnit.MINUTES)));
    }

    private void prescribe(Encounter encounter, String drug, String dose, String frequency, Integer days, LocalDate start) {
        PrescriptionEntry entry = new PrescriptionEntry();
        entry.setDrug(drug);
        entry.setDose(dose);
        entry.setRoute(MedicationRoute.ORAL);
        entry.setFrequency(frequency);
        entry.setDurationDays(days);
        em.persist(new MedicationOrder(encounter, entry, DOCTOR, start));
    }

    private void note(Encounter encounter, String text, Instant at) {
        em.persist(new ClinicalNote(encounter, NoteType.CONSULTATION, text, DOCTOR, at.plus(20, ChronoUnit.MINUTES)));
    }
}
