package org.hpms.patient.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.hpms.shared.crypto.BlindIndex;
import org.hpms.shared.crypto.TestKeys;
import org.junit.jupiter.api.Test;

class PatientEditTest {

    private final PatientSearchKeys keys = new PatientSearchKeys(new BlindIndex(TestKeys.random()));

    @Test
    void anEditReportsExactlyTheFieldsThatChangedWithOldAndNewValues() {
        Patient patient = new Patient(MedicalRecordNumber.fromSerial(10000001), demographics(), keys);
        Demographics edited = patient.toDemographics();
        edited.setPhone("01711-222333");
        edited.setBloodGroup("O+");
        edited.setMaritalStatus(MaritalStatus.MARRIED);

        List<FieldChange> changes = patient.update(edited, keys);

        assertEquals(List.of(new FieldChange("phone", "01819-123456", "01711-222333"), new FieldChange("bloodGroup", null, "O+"),
                new FieldChange("maritalStatus", null, "MARRIED")), changes);
        assertEquals("01711-222333", patient.getPhone());
        assertEquals(keys.phone("01711 222 333"), patient.toDemographics().getPhone() == null ? null : keys.phone(patient.getPhone()));
        assertTrue(patient.update(patient.toDemographics(), keys).isEmpty(), "saving unchanged data changes nothing");
    }

    @Test
    void insuranceNeedsPayerAndPolicyAndAValidityThatDoesNotEndBeforeItStarts() {
        Demographics form = demographics();
        form.setInsurancePayer("Green Delta Insurance");
        assertEquals(Map.of("insurancePolicyNumber", "Policy number is required with an insurance payer"), form.crossFieldProblems());
        form.setInsurancePolicyNumber("GD-2026-00017");
        form.setInsuranceValidFrom(LocalDate.of(2026, 1, 1));
        form.setInsuranceValidUntil(LocalDate.of(2025, 12, 31));
        assertEquals(Map.of("insuranceValidUntil", "Insurance cannot end before it starts"), form.crossFieldProblems());
        form.setInsuranceValidUntil(LocalDate.of(2026, 12, 31));
        assertTrue(form.crossFieldProblems().isEmpty());
    }

    @Test
    void aMergedRecordIsVoidedAndPointsAtTheSurvivorAndCannotBeMergedAgain() {
        Patient survivor = new Patient(MedicalRecordNumber.fromSerial(10000001), demographics(), keys);
        Patient obsolete = new Patient(MedicalRecordNumber.fromSerial(10000002), demographics(), keys);
        obsolete.mergeInto(survivor, "demo.admin", "Registered twice at the front desk");
        assertTrue(obsolete.isVoided());
        assertEquals(survivor, obsolete.getMergedInto());
        assertThrows(IllegalStateException.class, () -> obsolete.mergeInto(survivor, "demo.admin", "again"));
        assertThrows(IllegalStateException.class, () -> survivor.mergeInto(obsolete, "demo.admin", "into a voided record"));
    }

    private static Demographics demographics() {
        Demographics form = new Demographics();
        form.setGivenName("Ayesha");
        form.setFamilyName("Siddiqua");
        form.setSex(Sex.FEMALE);
        form.setBirthDate(LocalDate.of(1990, 3, 4));
        form.setPhone("01819-123456");
        return form;
    }
}
