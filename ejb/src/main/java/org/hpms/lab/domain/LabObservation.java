package org.hpms.lab.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * One observation (OBX): what was measured, the value as sent and, for numeric (NM) values, as a
 * number; units, the reference range, the lab's abnormal flag and the result status (P preliminary,
 * F final, C corrected).
 */
public record LabObservation(int setId, String valueType, CodedValue observation, String value, BigDecimal numericValue,
                             String units, String referenceRange, String abnormalFlag, String status, Instant observedAt,
                             List<String> notes) {

    public LabObservation {
        notes = List.copyOf(notes);
    }

    public boolean isNumeric() {
        return numericValue != null;
    }

    /** A value as a number ("+5.2" and " 7 " included), or null when the text is not one. */
    public static BigDecimal numberIn(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String candidate = value.strip();
        try {
            return new BigDecimal(candidate.startsWith("+") ? candidate.substring(1) : candidate);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
