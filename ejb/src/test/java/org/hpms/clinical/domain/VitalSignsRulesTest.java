package org.hpms.clinical.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class VitalSignsRulesTest {

    @Test
    void aNormalAdultSetIsPlausible() {
        assertTrue(VitalSignsRules.implausible(entry(120, 80, 72, "36.8", 16, 98, "70", "175")).isEmpty());
    }

    @Test
    void typingErrorsAreRefusedWithTheRangeInTheMessage() {
        Map<String, String> problems = VitalSignsRules.implausible(entry(1200, 80, 720, "98.6", 0, 101, "0.1", "1750"));
        assertEquals(List.of("systolic", "pulse", "temperature", "respiratoryRate", "oxygenSaturation", "weight", "height"),
                List.copyOf(problems.keySet()));
        assertEquals("Temperature 98.6 °C is not plausible (expected 25 to 45 °C)", problems.get("temperature"));
        assertEquals("Pulse 720 beats/min is not plausible (expected 20 to 300 beats/min)", problems.get("pulse"));
    }

    @Test
    void bloodPressureNeedsBothValuesAndDiastolicBelowSystolic() {
        assertEquals("Blood pressure needs both systolic and diastolic values",
                VitalSignsRules.implausible(entry(120, null, null, null, null, null, null, null)).get("diastolic"));
        assertEquals("Diastolic pressure must be lower than systolic pressure",
                VitalSignsRules.implausible(entry(80, 120, null, null, null, null, null, null)).get("diastolic"));
    }

    @Test
    void anEmptySetIsRefused() {
        assertEquals(Map.of("vitals", "Enter at least one measurement"), VitalSignsRules.implausible(new VitalSignsEntry()));
    }

    @Test
    void bmiIsComputedFromKilogramsAndCentimetres() {
        assertEquals(new BigDecimal("22.9"), VitalSignsRules.bmi(new BigDecimal("70"), new BigDecimal("175")));
        assertEquals(new BigDecimal("31.2"), VitalSignsRules.bmi(new BigDecimal("92.4"), new BigDecimal("172")));
        assertNull(VitalSignsRules.bmi(new BigDecimal("70"), null));
        assertNull(VitalSignsRules.bmi(null, new BigDecimal("175")));
    }

    static VitalSignsEntry entry(Integer systolic, Integer diastolic, Integer pulse, String temperature, Integer respiration,
                                 Integer spo2, String weight, String height) {
        VitalSignsEntry entry = new VitalSignsEntry();
        entry.setSystolic(systolic);
        entry.setDiastolic(diastolic);
        entry.setPulse(pulse);
        entry.setTemperature(temperature == null ? null : new BigDecimal(temperature));
        entry.setRespiratoryRate(respiration);
        entry.setOxygenSaturation(spo2);
        entry.setWeight(weight == null ? null : new BigDecimal(weight));
        entry.setHeight(height == null ? null : new BigDecimal(height));
        return entry;
    }
}
