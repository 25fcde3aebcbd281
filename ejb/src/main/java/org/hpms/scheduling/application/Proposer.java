package org.hpms.scheduling.application;

import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.hpms.patient.domain.InvalidPatientDataException;
import org.hpms.scheduling.domain.AppointmentStatus;
import org.hpms.scheduling.domain.Candidate;
import org.hpms.scheduling.domain.ComplaintMapping;
import org.hpms.scheduling.domain.DoctorRanking;
import org.hpms.scheduling.domain.RankingPolicy;
import org.hpms.scheduling.domain.ScheduleChange;
import org.hpms.scheduling.domain.Slot;
import org.hpms.scheduling.domain.Specialization;
import org.hpms.scheduling.domain.TimeInterval;
import org.hpms.scheduling.domain.VisitType;
import org.hpms.shared.config.HpmsConfiguration;

/**
 * Works out an {@link Assignment} in the caller's transaction and persistence context: the doctors who
 * can see the patient (specialization, working and not on leave, a free slot in the window with capacity
 * left that day, language if asked), ranked by the policy, each with the reason, and why the others were
 * left out. Shared by the proposals staff look at ({@link AssignmentService#propose}) and by automated
 * booking, which proposes and books in one transaction ({@link BookingService#bookBestProposal}).
 */
final class Proposer {

    static final int MAX_WINDOW_DAYS = 31;
    static final Duration DEFAULT_WINDOW = Duration.ofDays(14);

    private Proposer() {
    }

    /** Proposals for the patient (whose record the caller has found current) as the request asks. */
    static Assignment propose(EntityManager em, AssignmentRequest request, long patientId) {
        ZoneId zone = HpmsConfiguration.hospitalZone();
        Instant now = Instant.now();
        Instant windowStart = request.windowStart() == null || request.windowStart().isBefore(now) ? now : request.windowStart();
        Instant windowEnd = request.windowEnd() == null ? windowStart.plus(DEFAULT_WINDOW) : request.windowEnd();
        Map<String, String> problems = new TreeMap<>();
        String specialization = specializationOf(em, request, problems);
        List<AvailabilityBoard.Doctor> doctors = specialization == null ? List.of() : AvailabilityBoard.practising(em, specialization);
        if (doctors.isEmpty() && request.specialization() != null && !request.specialization().isBlank() && !current(em, specialization)) {
            problems.put("specialization", specialization + " is not a specialization of this hospital");
        }
        if (!windowEnd.isAfter(windowStart)) {
            problems.put("windowEnd", "The preferred time window ends before it starts, or has passed");
        } else if (Duration.between(windowStart, windowEnd).toDays() > MAX_WINDOW_DAYS) {
            problems.put("windowEnd", "Look at most " + MAX_WINDOW_DAYS + " days ahead at once");
        }
        if (!problems.isEmpty()) {
            throw new InvalidPatientDataException(problems);
        }
        VisitType visitType = request.visitTypeOrNew();
        if (doctors.isEmpty()) {
            throw new InvalidPatientDataException(Map.of("specialization", "No doctor practises " + nameOf(em, specialization)));
        }
        RankingPolicy policy = request.policy() != null ? request.policy()
                : HpmsConfiguration.assignmentPolicy().map(RankingPolicy::valueOf).orElse(RankingPolicy.EARLIEST);
        // Only continuity of care for a follow-up asks who saw the patient before: the other policies spare the query.
        Set<String> previousDoctors = policy == RankingPolicy.CONTINUITY && visitType == VisitType.FOLLOW_UP
                ? previousDoctors(em, patientId, windowStart) : Set.of();
        TimeInterval window = new TimeInterval(windowStart, windowEnd);
        List<Candidate> candidates = new ArrayList<>();
        List<String> exclusions = new ArrayList<>();
        Map<Long, DoctorCalendar> calendars = AvailabilityBoard.calendars(em, doctors, windowStart.atZone(zone).toLocalDate(),
                windowEnd.atZone(zone).toLocalDate(), zone);
        for (AvailabilityBoard.Doctor doctor : doctors) {
            DoctorCalendar calendar = calendars.get(doctor.id());
            if (!calendar.doctor().speaks(request.language())) {
                exclusions.add(doctor.name() + " does not speak " + request.language().strip());
                continue;
            }
            Optional<Slot> slot = calendar.firstFreeSlot(visitType, windowStart, windowEnd);
            if (slot.isEmpty()) {
                Optional<ScheduleChange> absence = calendar.absence(window);
                exclusions.add(doctor.name() + (absence.isPresent() ? " is on " + absence.get().kind().getLabel().toLowerCase()
                        : " has no free slot in the window"));
                continue;
            }
            LocalDate day = slot.get().interval().start().atZone(zone).toLocalDate();
            candidates.add(new Candidate(doctor.username(), doctor.name(), slot.get(), (int) calendar.bookedOn(day),
                    calendar.doctor().dailyCapacity(), previousDoctors.contains(doctor.username()),
                    doctor.username().equals(request.preferredDoctor())));
        }
        return new Assignment(specialization, DoctorRanking.rank(candidates, policy, visitType), exclusions);
    }

    /** The refusal when an assignment has no proposal: every doctor of the specialization, and why they cannot. */
    static InvalidPatientDataException nobodyCanSee(EntityManager em, Assignment assignment) {
        return new InvalidPatientDataException(Map.of("doctor", "No doctor of " + nameOf(em, assignment.specialization())
                + " can see the patient in this window: " + String.join("; ", assignment.exclusions())));
    }

    /** The doctors the patient saw (or is booked with) before the window: for continuity of care. */
    private static Set<String> previousDoctors(EntityManager em, long patientId, Instant windowStart) {
        return Set.copyOf(em.createQuery("SELECT DISTINCT a.doctor.username FROM Appointment a WHERE a.patient.id = :patient"
                        + " AND a.status <> :cancelled AND a.startsAt < :windowStart", String.class)
                .setParameter("patient", patientId).setParameter("cancelled", AppointmentStatus.CANCELLED)
                .setParameter("windowStart", windowStart).getResultList());
    }

    /** The specialization named by the request (checked by the query for its doctors), or the one its complaint maps to. */
    private static String specializationOf(EntityManager em, AssignmentRequest request, Map<String, String> problems) {
        if (request.specialization() != null && !request.specialization().isBlank()) {
            return request.specialization().strip();
        }
        Map<String, String> keywords = new LinkedHashMap<>();
        for (Object[] row : em.createQuery("SELECT k.keyword, k.specialization FROM ComplaintKeyword k", Object[].class)
                .getResultList()) {
            keywords.put((String) row[0], (String) row[1]);
        }
        Optional<String> mapped = new ComplaintMapping(keywords).specializationFor(request.complaint());
        if (mapped.isEmpty()) {
            problems.put("specialization", "Choose a specialization: the complaint does not name one we know");
            return null;
        }
        return mapped.get();
    }

    /** True for a specialization of the managed list that is not retired. */
    private static boolean current(EntityManager em, String specialization) {
        Specialization known = em.find(Specialization.class, specialization);
        return known != null && !known.isRetired();
    }

    private static String nameOf(EntityManager em, String specialization) {
        Specialization known = specialization == null ? null : em.find(Specialization.class, specialization);
        return known == null ? String.valueOf(specialization) : known.getName().toLowerCase();
    }
}
