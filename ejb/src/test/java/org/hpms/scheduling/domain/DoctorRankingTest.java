package org.hpms.scheduling.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class DoctorRankingTest {

    private static Candidate candidate(String doctor, String start, int booked, int capacity, boolean previous, boolean preferred) {
        Instant from = Instant.parse(start);
        return new Candidate(doctor, "Dr. " + doctor, new Slot(new TimeInterval(from, from.plusSeconds(900)), "OPD 1"), booked,
                capacity, previous, preferred);
    }

    private final Candidate early = candidate("early", "2026-12-01T03:00:00Z", 18, 20, false, false);
    private final Candidate quiet = candidate("quiet", "2026-12-01T05:00:00Z", 2, 20, false, false);
    private final Candidate seenBefore = candidate("seen", "2026-12-01T07:00:00Z", 10, 20, true, false);
    private final Candidate asked = candidate("asked", "2026-12-01T08:00:00Z", 10, 20, false, true);
    private final Candidate full = candidate("full", "2026-12-01T02:00:00Z", 20, 20, true, true);

    private List<String> order(RankingPolicy policy, VisitType visit) {
        return DoctorRanking.rank(List.of(asked, seenBefore, quiet, early, full), policy, visit).stream()
                .map(Proposal::doctor).toList();
    }

    @Test
    void earliestTakesTheFirstFreeSlotAndSkipsDoctorsWithoutCapacity() {
        assertEquals(List.of("early", "quiet", "seen", "asked"), order(RankingPolicy.EARLIEST, VisitType.NEW),
                "'full' has the earliest slot but no capacity left");
    }

    @Test
    void balancedLoadPrefersTheLeastBookedDoctor() {
        assertEquals(List.of("quiet", "seen", "asked", "early"), order(RankingPolicy.BALANCED_LOAD, VisitType.NEW));
        assertEquals("least booked (2 of 20 booked that day)",
                DoctorRanking.rank(List.of(quiet), RankingPolicy.BALANCED_LOAD, VisitType.NEW).get(0).reason());
    }

    @Test
    void continuityKeepsFollowUpsWithThePreviousDoctorButNotNewVisits() {
        assertEquals(List.of("seen", "early", "quiet", "asked"), order(RankingPolicy.CONTINUITY, VisitType.FOLLOW_UP));
        assertEquals(List.of("early", "quiet", "seen", "asked"), order(RankingPolicy.CONTINUITY, VisitType.NEW));
        assertEquals("the patient's previous doctor (10 of 20 booked that day)",
                DoctorRanking.rank(List.of(seenBefore), RankingPolicy.CONTINUITY, VisitType.FOLLOW_UP).get(0).reason());
    }

    @Test
    void patientPreferenceComesFirstWhenThatDoctorHasASlot() {
        assertEquals(List.of("asked", "early", "quiet", "seen"), order(RankingPolicy.PATIENT_PREFERENCE, VisitType.NEW));
        assertEquals("earliest free slot (18 of 20 booked that day)",
                DoctorRanking.rank(List.of(early), RankingPolicy.PATIENT_PREFERENCE, VisitType.NEW).get(0).reason());
    }

    @Test
    void equalStartsGoToTheLessLoadedDoctor() {
        Candidate busy = candidate("busy", "2026-12-01T03:00:00Z", 15, 20, false, false);
        Candidate free = candidate("free", "2026-12-01T03:00:00Z", 5, 20, false, false);
        assertEquals(List.of("free", "busy"), DoctorRanking.rank(List.of(busy, free), RankingPolicy.EARLIEST, VisitType.NEW)
                .stream().map(Proposal::doctor).toList());
    }
}
