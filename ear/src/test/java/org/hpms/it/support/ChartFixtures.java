package org.hpms.it.support;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.hpms.clinical.domain.DiagnosisEntry;
import org.hpms.clinical.domain.DiagnosisRank;
import org.hpms.clinical.domain.EncounterEntry;
import org.hpms.clinical.domain.EncounterType;
import org.hpms.clinical.domain.MedicationRoute;
import org.hpms.clinical.domain.PrescriptionEntry;
import org.hpms.clinical.domain.VitalSignsEntry;

/** Builds what clinicians enter into a chart. */
public final class ChartFixtures {

    private ChartFixtures() {
    }

    public static EncounterEntry visit(EncounterType type, String complaint) {
        EncounterEntry entry = new EncounterEntry();
        entry.setType(type);
        entry.setAttendingDoctor(Staff.DOCTOR);
        entry.setChiefComplaint(complaint);
        return entry;
    }

    public static EncounterEntry admission(String ward, String bed) {
        EncounterEntry entry = visit(EncounterType.INPATIENT, "Community-acquired pneumonia, needs IV antibiotics");
        entry.setWard(ward);
        entry.setBed(bed);
        return entry;
    }

    public static DiagnosisEntry diagnosis(String code, DiagnosisRank rank) {
        DiagnosisEntry entry = new DiagnosisEntry();
        entry.setCode(code);
        entry.setRank(rank);
        entry.setOnsetDate(LocalDate.now().minusDays(3));
        return entry;
    }

    public static PrescriptionEntry prescription(String drug, Integer days) {
        PrescriptionEntry entry = new PrescriptionEntry();
        entry.setDrug(drug);
        entry.setDose("500 mg");
        entry.setRoute(MedicationRoute.ORAL);
        entry.setFrequency("twice daily");
        entry.setDurationDays(days);
        return entry;
    }

    public static VitalSignsEntry vitals(int systolic, int diastolic, int pulse, String temperature, String weight, String height) {
        VitalSignsEntry entry = new VitalSignsEntry();
        entry.setSystolic(systolic);
        entry.setDiastolic(diastolic);
        entry.setPulse(pulse);
        entry.setTemperature(new BigDecimal(temperature));
        entry.setRespiratoryRate(16);
        entry.setOxygenSaturation(97);
        entry.setWeight(weight == null ? null : new BigDecimal(weight));
        entry.setHeight(height == null ? null : new BigDecimal(height));
        return entry;
    }

    /** The smallest valid PDF header followed by filler, {@code size} bytes in all. */
    public static byte[] pdf(int size) {
        byte[] content = new byte[size];
        byte[] header = "%PDF-1.4\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        System.arraycopy(header, 0, content, 0, header.length);
        return content;
    }
}
