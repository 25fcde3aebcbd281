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
}
