package org.hpms.patient.domain;

import java.util.Map;
import java.util.TreeMap;

/**
 * CDI event fired inside the merge transaction: every feature that holds patient references observes
 * it, moves its records from the obsolete patient to the survivor, and reports how many it moved.
 * An observer that fails rolls the whole merge back.
 */
public final class PatientsMerged {

    private final Patient survivor;
    private final Patient obsolete;
    private final Map<String, Integer> moved = new TreeMap<>();

    public PatientsMerged(Patient survivor, Patient obsolete) {
        this.survivor = survivor;
        this.obsolete = obsolete;
    }

    public Patient survivor() {
        return survivor;
    }

    public Patient obsolete() {
        return obsolete;
    }

    /** Called by each observer: {@code count} records of {@code kind} now belong to the survivor. */
    public void moved(String kind, int count) {
        moved.merge(kind, count, Integer::sum);
    }

    public Map<String, Integer> movedRecords() {
        return Map.copyOf(moved);
    }
}
