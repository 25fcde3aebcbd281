package org.hpms.scheduling.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.hpms.patient.application.PatientLookup;
import org.hpms.patient.domain.InvalidPatientDataException;
import org.hpms.patient.domain.MedicalRecordNumber;
import org.hpms.scheduling.domain.Appointment;
import org.hpms.scheduling.domain.AppointmentStatus;
import org.hpms.scheduling.domain.Candidate;
import org.hpms.scheduling.domain.ComplaintMapping;
import org.hpms.scheduling.domain.DoctorRanking;
import org.hpms.scheduling.domain.Proposal;
import org.hpms.scheduling.domain.RankingPolicy;
import org.hpms.scheduling.domain.ScheduleChange;
import org.hpms.scheduling.domain.Slot;
import org.hpms.scheduling.domain.SlotTakenException;
import org.hpms.scheduling.domain.Specialization;
import org.hpms.scheduling.domain.TimeInterval;
import org.hpms.scheduling.domain.VisitType;
import org.hpms.security.Roles;
import org.hpms.shared.config.HpmsConfiguration;

/**
 * Automated doctor assignment: finds the doctors who can see the patient (specialization, working and
 * not on leave, a free slot in the window with capacity left that day, language if asked), ranks them
 * by the policy and says why, and can book the best proposal in one step.
 */
@Stateless
@RolesAllowed({Roles.RECEPTIONIST, Roles.ADMIN, Roles.DOCTOR, Roles.NURSE})
public class AssignmentService {

    public static final int MAX_WINDOW_DAYS = 31;
    static final Duration DEFAULT_WINDOW = Duration.ofDays(14);
    static final int ROUNDS = 3;

    @PersistenceContext
    EntityManager em;

    @EJB
    BookingService booking;

    public Assignment propose(AssignmentRequest request) {
        ZoneId zone = HpmsConfiguration.hospitalZone();
        Instant now = Instant.now();
        Instant windowStart = request.windowStart() == null || request.windowStart().isBefore(now) ? now : request.windowStart();
        Instant windowEnd = request.windowEnd() == null ? windowStart.plus(DEFAULT_WINDOW) : request.windowEnd();
        Set<String> previousDoctors = previousDoctors(request.mrn(), windowStart);
        Map<String, String> problems = new TreeMap<>();
        String specialization = specializationOf(request, problems);
        List<AvailabilityBoard.Doctor> doctors = specialization == null ? List.of() : AvailabilityBoard.practising(em, specialization);
        if (doctors.isEmpty() && request.specialization() != null && !request.specialization().isBlank() && !current(specialization)) {
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
        VisitType visitType = request.visitType() == null ? VisitType.NEW : request.visitType();
        if (doctors.isEmpty()) {
            throw new InvalidPatientDataException(Map.of("specialization", "No doctor practises " + nameOf(specialization)));
        }
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
        RankingPolicy policy = request.policy() != null ? request.policy()
                : HpmsConfiguration.assignmentPolicy().map(RankingPolicy::valueOf).orElse(RankingPolicy.EARLIEST);
        return new Assignment(specialization, DoctorRanking.rank(candidates, policy, visitType), exclusions);
    }

    /**
     * Proposes and books the best proposal in one step. Under load many clients see the same best doctor:
     * a doctor somebody on this server is booking right now (or whose row another server's booking holds)
     * is passed over for the next proposal, and a slot taken meanwhile likewise (and that doctor's kept
     * calendar is re-read); when every proposal was busy or taken, fresh proposals are made
     * (up to {@value #ROUNDS} rounds), and the last round waits for the doctor instead of passing over.
     * Not transactional itself: each booking attempt is its own transaction.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public AppointmentView assignAndBook(AssignmentRequest request) {
        VisitType visitType = request.visitType() == null ? VisitType.NEW : request.visitType();
        for (int round = 1; round <= ROUNDS; round++) {
            Assignment assignment = propose(request);
            if (assignment.proposals().isEmpty()) {
                throw new InvalidPatientDataException(Map.of("doctor", "No doctor of " + nameOf(assignment.specialization())
                        + " can see the patient in this window: " + String.join("; ", assignment.exclusions())));
            }
            for (Proposal proposal : assignment.proposals()) {
                BookingRequest attempt = new BookingRequest(request.mrn(), proposal.doctor(), proposal.slot().interval().start(),
                        visitType, assignment.specialization(), request.complaint());
                try {
                    if (round == ROUNDS) {
                        return booking.book(attempt);
                    }
                    // Many clients see the same best doctor: one on this server books them, the others take the next proposal.
                    if (AvailabilityBoard.claim(proposal.doctor())) {
                        try {
                            if (!AvailabilityBoard.stillFree(proposal.doctor(), proposal.slot().interval())) {
                                continue; // booked here since the proposal was made
                            }
                            Optional<AppointmentView> booked = booking.bookUnlessDoctorBusy(attempt);
                            if (booked.isPresent()) {
                                return booked.get();
                            }
                        } finally {
                            AvailabilityBoard.release(proposal.doctor());
                        }
                    }
                } catch (SlotTakenException taken) {
                    // taken between proposal and booking, or booked where this server did not see it: try the next best
                    AvailabilityBoard.doubt(proposal.doctor());
                }
            }
        }
        throw new SlotTakenException();
    }

    /**
     * Alternatives for an appointment its doctor can no longer keep (leave): the same specialization and
     * visit type, from the booked time to a week later, ranked by the hospital's policy.
     */
    public Assignment alternativesFor(String appointmentId) {
        Appointment appointment = booked(appointmentId);
        return propose(alternativeRequest(appointment));
    }

    /** Moves the appointment to the best alternative (another doctor, or the same one after the leave) in one step. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public AppointmentView reassign(String appointmentId) {
        Appointment appointment = booked(appointmentId);
        Assignment alternatives = propose(alternativeRequest(appointment));
        for (Proposal proposal : alternatives.proposals()) {
            try {
                return booking.reschedule(appointmentId, proposal.slot().interval().start(), proposal.doctor());
            } catch (SlotTakenException taken) {
                // taken meanwhile: try the next alternative
            }
        }
        throw new InvalidPatientDataException(Map.of("doctor", "No other doctor can take this appointment within a week: "
                + String.join("; ", alternatives.exclusions())));
    }

    private Appointment booked(String appointmentId) {
        Appointment appointment = BookingService.find(em, appointmentId);
        if (appointment.getStatus() != AppointmentStatus.BOOKED) {
            throw new InvalidPatientDataException(Map.of("appointment", "Only a booked appointment can be reassigned"));
        }
        return appointment;
    }

    private static AssignmentRequest alternativeRequest(Appointment appointment) {
        return new AssignmentRequest(appointment.getPatient().getMrn().value(), appointment.getSpecialization(), null,
                appointment.getVisitType(), appointment.getStartsAt(), appointment.getStartsAt().plus(Duration.ofDays(7)), null,
                null, null);
    }

    /**
     * The doctors the patient saw before the window (for continuity of care), in the same query that finds
     * the patient; a merged or unknown record is refused as everywhere else ({@link PatientLookup#currentId}).
     */
    private Set<String> previousDoctors(String mrn, Instant windowStart) {
        if (!MedicalRecordNumber.isValid(mrn)) {
            PatientLookup.currentId(em, mrn);
        }
        List<Object[]> rows = em.createQuery("SELECT DISTINCT p.id, p.mergedInto.id, d.username FROM Patient p"
                        + " LEFT JOIN Appointment a ON a.patient = p AND a.status <> :cancelled AND a.startsAt < :windowStart"
                        + " LEFT JOIN a.doctor d WHERE p.mrn = :mrn", Object[].class)
                .setParameter("mrn", MedicalRecordNumber.parse(mrn)).setParameter("cancelled", AppointmentStatus.CANCELLED)
                .setParameter("windowStart", windowStart).getResultList();
        if (rows.isEmpty() || rows.get(0)[1] != null) {
            PatientLookup.currentId(em, mrn); // says why
        }
        return rows.stream().map(row -> (String) row[2]).filter(Objects::nonNull).collect(Collectors.toUnmodifiableSet());
    }

    /** The specialization named by the request (checked by the query for its doctors), or the one its complaint maps to. */
    private String specializationOf(AssignmentRequest request, Map<String, String> problems) {
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
    private boolean current(String specialization) {
        Specialization known = em.find(Specialization.class, specialization);
        return known != null && !known.isRetired();
    }

    private String nameOf(String specialization) {
        Specialization known = specialization == null ? null : em.find(Specialization.class, specialization);
        return known == null ? String.valueOf(specialization) : known.getName().toLowerCase();
    }


}
