package org.hpms.clinical.application;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.hpms.clinical.domain.Encounter;
import org.hpms.clinical.domain.EncounterType;

/** One line of the encounter timeline: the visit and the diagnoses made in it. */
public record EncounterSummary(String id, EncounterType type, Instant startedAt, Instant endedAt, String attendingDoctor,
                               String chiefComplaint, String ward, String bed, List<String> diagnoses,
                               long noteCount) implements Serializable {

    static EncounterSummary of(Encounter encounter, List<String> diagnoses, long noteCount) {
        return new EncounterSummary(encounter.getPublicId(), encounter.getType(), encounter.getStartedAt(),
                encounter.getEndedAt(), encounter.getAttendingDoctor(), encounter.getChiefComplaint(), encounter.getWard(),
                encounter.getBed(), List.copyOf(diagnoses), noteCount);
    }

    public boolean isOpen() {
        return endedAt == null;
    }

    /** "Ward 3 bed 12" for admissions, null otherwise. */
    public String location() {
        return ward == null ? null : ward + " bed " + bed;
    }
}
