package org.hpms.scheduling.domain;

import java.util.Comparator;
import java.util.List;

/** Orders eligible candidates by a {@link RankingPolicy} and says why each one is where it is. */
public final class DoctorRanking {

    private static final Comparator<Candidate> EARLIEST_FIRST = Comparator
            .comparing((Candidate c) -> c.slot().interval().start())
            .thenComparingDouble(Candidate::load)
            .thenComparing(Candidate::doctor);

    private DoctorRanking() {
    }

    /** Candidates without capacity left that day are dropped; the rest are ranked, best first. */
    public static List<Proposal> rank(List<Candidate> candidates, RankingPolicy policy, VisitType visitType) {
        Comparator<Candidate> order = switch (policy) {
            case EARLIEST -> EARLIEST_FIRST;
            case BALANCED_LOAD -> Comparator.comparingDouble(Candidate::load).thenComparing(EARLIEST_FIRST);
            case CONTINUITY -> visitType == VisitType.FOLLOW_UP
                    ? Comparator.comparing((Candidate c) -> !c.previousDoctor()).thenComparing(EARLIEST_FIRST)
                    : EARLIEST_FIRST;
            case PATIENT_PREFERENCE -> Comparator.comparing((Candidate c) -> !c.preferredDoctor()).thenComparing(EARLIEST_FIRST);
        };
        return candidates.stream().filter(Candidate::hasCapacity).sorted(order)
                .map(c -> new Proposal(c.doctor(), c.doctorName(), c.slot(), reason(c, policy, visitType))).toList();
    }

    static String reason(Candidate candidate, RankingPolicy policy, VisitType visitType) {
        String load = candidate.bookedThatDay() + " of " + candidate.dailyCapacity() + " booked that day";
        if (policy == RankingPolicy.CONTINUITY && visitType == VisitType.FOLLOW_UP && candidate.previousDoctor()) {
            return "the patient's previous doctor (" + load + ")";
        }
        if (policy == RankingPolicy.PATIENT_PREFERENCE && candidate.preferredDoctor()) {
            return "the doctor the patient asked for (" + load + ")";
        }
        if (policy == RankingPolicy.BALANCED_LOAD) {
            return "least booked (" + load + ")";
        }
        return "earliest free slot (" + load + ")";
    }
}
