package org.hpms.scheduling.application;

import java.io.Serializable;
import java.time.Instant;
import org.hpms.scheduling.domain.RankingPolicy;
import org.hpms.scheduling.domain.VisitType;

/**
 * What automated assignment needs: the patient, a specialization or the complaint in the patient's
 * words, the visit type, a time window, and optionally a language, a ranking policy (else the
 * hospital's) and a doctor the patient asked for.
 */
public record AssignmentRequest(String mrn, String specialization, String complaint, VisitType visitType, Instant windowStart,
                                Instant windowEnd, String language, RankingPolicy policy, String preferredDoctor)
        implements Serializable {

    /** The visit type asked for; a new-patient visit when none is named. */
    public VisitType visitTypeOrNew() {
        return visitType == null ? VisitType.NEW : visitType;
    }
}
