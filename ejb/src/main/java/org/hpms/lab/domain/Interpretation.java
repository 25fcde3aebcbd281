package org.hpms.lab.domain;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What an observation means against its limits: the abnormal flag (HL7 table 0078: L, H, LL, HH, N,
 * A, AA...), whether it is critical, where the flag came from and the reference range shown with it.
 * The laboratory's own flag is kept; the catalogue supplies one when the lab sent none, and a value
 * past the catalogue's critical limits is critical whatever the lab's flag says (the more severe wins).
 */
public record Interpretation(String flag, boolean critical, String source, String referenceRange) {

    public static final String FROM_LAB = "LAB";
    public static final String FROM_CATALOGUE = "CATALOGUE";

    private static final Set<String> CRITICAL_FLAGS = Set.of("LL", "HH", "AA");
    private static final Set<String> NORMAL_FLAGS = Set.of("N", "");

    public static Interpretation of(LabObservation observation, Optional<LabReferenceRange> range) {
        String labFlag = observation.abnormalFlag() == null ? "" : observation.abnormalFlag().strip().toUpperCase(Locale.ROOT);
        String rangeText = observation.referenceRange() != null && !observation.referenceRange().isBlank()
                ? observation.referenceRange() : range.map(LabReferenceRange::text).orElse(null);
        String computed = observation.isNumeric() && range.isPresent() ? flagOf(observation.numericValue(), range.get()) : null;
        boolean computedCritical = computed != null && CRITICAL_FLAGS.contains(computed);
        if (!labFlag.isEmpty() && !(computedCritical && !CRITICAL_FLAGS.contains(labFlag))) {
            return new Interpretation(labFlag, CRITICAL_FLAGS.contains(labFlag), FROM_LAB, rangeText);
        }
        if (computed != null) {
            return new Interpretation(computed, computedCritical, FROM_CATALOGUE, rangeText);
        }
        return new Interpretation(null, false, null, rangeText);
    }

    /** LL/HH past the critical limits, L/H past the reference limits, N within (the limits themselves are within). */
    static String flagOf(BigDecimal value, LabReferenceRange range) {
        if (range.getCriticalLow() != null && value.compareTo(range.getCriticalLow()) < 0) {
            return "LL";
        }
        if (range.getCriticalHigh() != null && value.compareTo(range.getCriticalHigh()) > 0) {
            return "HH";
        }
        if (range.getLow() != null && value.compareTo(range.getLow()) < 0) {
            return "L";
        }
        if (range.getHigh() != null && value.compareTo(range.getHigh()) > 0) {
            return "H";
        }
        return "N";
    }

    public boolean abnormal() {
        return flag != null && !NORMAL_FLAGS.contains(flag);
    }
}
