package org.hpms.patient.application;

import java.io.Serializable;
import java.util.Map;

/** What a merge did: which record survived, which was voided, and how many records of each kind moved. */
public record MergeReport(String survivingMrn, String obsoleteMrn, Map<String, Integer> movedRecords) implements Serializable {

    public int totalMoved() {
        return movedRecords.values().stream().mapToInt(Integer::intValue).sum();
    }
}
