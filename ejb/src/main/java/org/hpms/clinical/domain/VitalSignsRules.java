package org.hpms.clinical.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Plausibility limits of vital signs: values outside them are typing errors (a pulse of 720, a
 * temperature in Fahrenheit), not sick patients, and are refused. The limits are wide on purpose:
 * they include critically ill adults, children and newborns.
 */
public final class VitalSignsRules {

    public static final int SYSTOLIC_MIN = 40;
    public static final int SYSTOLIC_MAX = 300;
    public static final int DIASTOLIC_MIN = 10;
    public static final int DIASTOLIC_MAX = 200;
    public static final int PULSE_MIN = 20;
    public static final int PULSE_MAX = 300;
    public static final BigDecimal TEMPERATURE_MIN = new BigDecimal("25.0");
    public static final BigDecimal TEMPERATURE_MAX = new BigDecimal("45.0");
    public static final int RESPIRATION_MIN = 2;
    public static final int RESPIRATION_MAX = 100;
    public static final int SPO2_MIN = 40;
    public static final int SPO2_MAX = 100;
    public static final BigDecimal WEIGHT_MIN = new BigDecimal("0.3");
    public static final BigDecimal WEIGHT_MAX = new BigDecimal("500");
    public static final BigDecimal HEIGHT_MIN = new BigDecimal("20");
    public static final BigDecimal HEIGHT_MAX = new BigDecimal("260");

    private VitalSignsRules() {
    }

    /** Field name to reason for every implausible value; empty when the set may be saved. */
    public static Map<String, String> implausible(VitalSignsEntry entry) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (entry == null || entry.isEmpty()) {
            problems.put("vitals", "Enter at least one measurement");
            return problems;
        }
        outside(problems, "systolic", "Systolic pressure", entry.getSystolic(), SYSTOLIC_MIN, SYSTOLIC_MAX, "mmHg");
        outside(problems, "diastolic", "Diastolic pressure", entry.getDiastolic(), DIASTOLIC_MIN, DIASTOLIC_MAX, "mmHg");
        if ((entry.getSystolic() == null) != (entry.getDiastolic() == null)) {
            problems.putIfAbsent(entry.getSystolic() == null ? "systolic" : "diastolic",
                    "Blood pressure needs both systolic and diastolic values");
        } else if (entry.getSystolic() != null && entry.getDiastolic() >= entry.getSystolic()) {
            problems.putIfAbsent("diastolic", "Diastolic pressure must be lower than systolic pressure");
        }
        outside(problems, "pulse", "Pulse", entry.getPulse(), PULSE_MIN, PULSE_MAX, "beats/min");
        outside(problems, "temperature", "Temperature", entry.getTemperature(), TEMPERATURE_MIN, TEMPERATURE_MAX, "°C");
        outside(problems, "respiratoryRate", "Respiratory rate", entry.getRespiratoryRate(), RESPIRATION_MIN, RESPIRATION_MAX,
                "breaths/min");
        outside(problems, "oxygenSaturation", "SpO2", entry.getOxygenSaturation(), SPO2_MIN, SPO2_MAX, "%");
        outside(problems, "weight", "Weight", entry.getWeight(), WEIGHT_MIN, WEIGHT_MAX, "kg");
        outside(problems, "height", "Height", entry.getHeight(), HEIGHT_MIN, HEIGHT_MAX, "cm");
        return problems;
    }

    /** Body-mass index, kg/m², one decimal; null unless both weight and height are known. */
    public static BigDecimal bmi(BigDecimal weightKg, BigDecimal heightCm) {
        if (weightKg == null || heightCm == null || heightCm.signum() <= 0) {
            return null;
        }
        BigDecimal metres = heightCm.movePointLeft(2);
        return weightKg.divide(metres.multiply(metres), 1, RoundingMode.HALF_UP);
    }

    private static <T extends Comparable<T>> void outside(Map<String, String> problems, String field, String label, T value,
                                                          T min, T max, String unit) {
        if (value != null && (value.compareTo(min) < 0 || value.compareTo(max) > 0)) {
            problems.put(field, label + " " + plain(value) + " " + unit + " is not plausible (expected " + plain(min) + " to "
                    + plain(max) + " " + unit + ")");
        }
    }

    private static String plain(Object value) {
        return value instanceof BigDecimal decimal ? decimal.stripTrailingZeros().toPlainString() : String.valueOf(value);
    }
}
