package org.hpms.clinical.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import org.hpms.patient.domain.Demographics;
import org.hpms.patient.domain.MedicalRecordNumber;
import org.hpms.patient.domain.Patient;
import org.hpms.patient.domain.PatientSearchKeys;
import org.hpms.patient.domain.Sex;
import org.hpms.shared.crypto.BlindIndex;
import org.hpms.shared.crypto.TestKeys;
import org.junit.jupiter.api.Test;

class ChartEntriesTest {

    private final Encounter encounter = new Encounter(patient(), outpatient(), Instant.parse("2026-11-20T09:00:00Z"));

    @Test
    void aMedicationIsCurrentFromItsStartToTheLastDayOfItsDurationUntilStopped() {
        MedicationOrder course = new MedicationOrder(encounter, prescription(7), "dr.rahman", LocalDate.of(2026, 11, 20));
        assertEquals(LocalDate.of(2026, 11, 26), course.getEndDate());
        assertFalse(course.isCurrentOn(LocalDate.of(2026, 11, 19)));
        assertTrue(course.isCurrentOn(LocalDate.of(2026, 11, 20)));
        assertTrue(course.isCurrentOn(LocalDate.of(2026, 11, 26)));
        assertFalse(course.isCurrentOn(LocalDate.of(2026, 11, 27)));

        MedicationOrder longTerm = new MedicationOrder(encounter, prescription(null), "dr.rahman", LocalDate.of(2026, 11, 20));
        assertNull(longTerm.getEndDate());
        assertTrue(longTerm.isCurrentOn(LocalDate.of(2031, 1, 1)));
        longTerm.stop("dr.rahman", "Changed to insulin");
        assertFalse(longTerm.isCurrentOn(LocalDate.of(2026, 11, 21)));
        assertEquals(MedicationStatus.STOPPED, longTerm.getStatus());
        assertThrows(IllegalStateException.class, () -> longTerm.stop("dr.rahman", "again"));
    }

    @Test
    void anAmendmentIsANewSignedNoteAndTheOriginalStaysUnchanged() {
        ClinicalNote original = new ClinicalNote(encounter, NoteType.PROGRESS, "  Chest clear. BP 150/95.  ", "dr.rahman",
                Instant.parse("2026-11-20T09:30:00Z"));
        assertEquals("Chest clear. BP 150/95.", original.getText());
        assertTrue(original.isSignatureValid());

        ClinicalNote amendment = ClinicalNote.amendmentOf(original, "Chest clear. BP 130/85.", "BP misread from the monitor",
                "nurse.akter", Instant.parse("2026-11-20T10:00:00Z"));

        assertTrue(original.isAmended());
        assertEquals("Chest clear. BP 150/95.", original.getText());
        assertSame(original, amendment.getAmends());
        assertEquals("nurse.akter", amendment.getSignedBy());
        assertEquals("BP misread from the monitor", amendment.getAmendmentReason());
        assertFalse(amendment.isAmended());
        assertThrows(IllegalStateException.class, () -> ClinicalNote.amendmentOf(original, "x", "second amendment of the original",
                "dr.rahman", Instant.now()));
    }

    @Test
    void aDiagnosisIsResolvedOnceAndAVoidKeepsWhoAndWhy() {
        Diagnosis diagnosis = new Diagnosis(encounter, null, new DiagnosisEntry());
        assertEquals(DiagnosisStatus.ACTIVE, diagnosis.getStatus());
        diagnosis.resolve(LocalDate.of(2026, 11, 25));
        assertEquals(DiagnosisStatus.RESOLVED, diagnosis.getStatus());
        assertThrows(IllegalStateException.class, () -> diagnosis.resolve(LocalDate.of(2026, 11, 26)));
        diagnosis.voidIt("dr.rahman", "Wrong patient");
        assertTrue(diagnosis.isVoided());
        assertEquals("dr.rahman", diagnosis.getVoidedBy());
        assertThrows(IllegalStateException.class, () -> diagnosis.voidIt("dr.rahman", "again"));
    }

    @Test
    void anAdmissionKeepsWardAndBedAndEndsOnce() {
        EncounterEntry entry = outpatient();
        entry.setType(EncounterType.INPATIENT);
        entry.setWard(" Medicine 3 ");
        entry.setBed("12");
        Encounter admission = new Encounter(patient(), entry, Instant.parse("2026-11-20T09:00:00Z"));
        assertEquals("Medicine 3", admission.getWard());
        assertTrue(admission.isOpen());
        admission.end(Instant.parse("2026-11-23T11:00:00Z"), "Discharged home on oral antibiotics");
        assertFalse(admission.isOpen());
        assertThrows(IllegalStateException.class, () -> admission.end(Instant.now(), null));
    }

    private static EncounterEntry outpatient() {
        EncounterEntry entry = new EncounterEntry();
        entry.setType(EncounterType.OUTPATIENT);
        entry.setAttendingDoctor("dr.rahman");
        entry.setChiefComplaint("Fever for three days");
        return entry;
    }

    private static PrescriptionEntry prescription(Integer days) {
        PrescriptionEntry entry = new PrescriptionEntry();
        entry.setDrug("Amoxicillin");
        entry.setDose("500 mg");
        entry.setRoute(MedicationRoute.ORAL);
        entry.setFrequency("three times daily");
        entry.setDurationDays(days);
        return entry;
    }

    private static Patient patient() {
        Demographics form = new Demographics();
        form.setGivenName("Rafiq");
        form.setFamilyName("Islam");
        form.setSex(Sex.MALE);
        form.setBirthDate(LocalDate.of(1970, 1, 1));
        return new Patient(MedicalRecordNumber.fromSerial(10000003), form, new PatientSearchKeys(new BlindIndex(TestKeys.random())));
    }
}
