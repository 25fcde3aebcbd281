package org.hpms.lab.domain;

import java.time.Instant;
import java.util.List;

/**
 * The results of one ordered test or panel (an OBR with its OBX): the placer order number is ours,
 * the filler order number the lab's; both are kept whole, never truncated.
 */
public record LabOrderResult(String placerOrderNumber, String fillerOrderNumber, CodedValue test, Instant observedAt,
                             String resultStatus, List<LabObservation> observations, List<String> notes) {

    public LabOrderResult {
        observations = List.copyOf(observations);
        notes = List.copyOf(notes);
    }
}
