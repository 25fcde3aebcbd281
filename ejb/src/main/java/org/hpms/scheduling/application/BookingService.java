package org.hpms.scheduling.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import org.hpms.audit.application.AuditTrail;
import org.hpms.audit.domain.AuditAction;
import org.hpms.audit.domain.AuditOutcome;
import org.hpms.patient.application.PatientLookup;
import org.hpms.patient.domain.InvalidPatientDataException;
import org.hpms.patient.domain.Patient;
import org.hpms.scheduling.domain.Appointment;
import org.hpms.scheduling.domain.AppointmentCancelled;
import org.hpms.scheduling.domain.AppointmentCompleted;
import org.hpms.scheduling.domain.AppointmentStatus;
import org.hpms.scheduling.domain.DoctorProfile;
import org.hpms.scheduling.domain.DoctorTerms;
import org.hpms.scheduling.domain.Notification;
import org.hpms.scheduling.domain.Proposal;
import org.hpms.scheduling.domain.RecurringSeries;
import org.hpms.scheduling.domain.ScheduleChange;
import org.hpms.scheduling.domain.Slot;
import org.hpms.scheduling.domain.SlotCalculator;
import org.hpms.scheduling.domain.SlotTakenException;
import org.hpms.scheduling.domain.TimeInterval;
import org.hpms.scheduling.domain.VisitType;
import org.hpms.security.Roles;
import org.hpms.shared.config.HpmsConfiguration;
import org.hpms.shared.persistence.NativeSql;

/**
 * Booking and cancelling. A booking is atomic and never double-books: it locks the doctor's profile row
 * (so bookings of one doctor queue up), checks working time, leave, capacity and overlaps of the doctor
 * and of the patient, and inserts; the unique keys on (doctor, start) and (patient, start) of holding
 * appointments are the database's last word.
 */
@Stateless
@RolesAllowed({Roles.RECEPTIONIST, Roles.ADMIN, Roles.DOCTOR, Roles.NURSE})
public class BookingService {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @PersistenceContext
    EntityManager em;

    @EJB
    AuditTrail auditTrail;

    @Resource
    SessionContext session;

    @Resource
    TransactionSynchronizationRegistry transaction;

    @Inject
    Event<AppointmentCompleted> completed;

    @Inject
    Event<AppointmentCancelled> cancelled;

    public AppointmentView book(BookingRequest request) {
        return book(request, null, true).orElseThrow();
    }

    /**
     * One round of automated assignment, in one transaction: locks the patient, proposes ({@link Proposer})
     * and books the best proposal whose doctor nobody else is booking right now and whose slot is still free.
     * A doctor claimed by another client of this server, held by another server's booking, or whose slot
     * turns out taken is passed over for the next proposal (a passed-over attempt has written nothing).
     * Empty when every proposal was passed over. The booking's audit row is appended last, in this
     * transaction, so the chain head is held only for the commit.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<AppointmentView> bookBestProposal(AssignmentRequest request) {
        PatientLookup.Locked patient = PatientLookup.lockCurrent(em, request.mrn());
        Assignment assignment = Proposer.propose(em, request, patient.id());
        if (assignment.proposals().isEmpty()) {
            throw Proposer.nobodyCanSee(em, assignment);
        }
        for (Proposal proposal : assignment.proposals()) {
            // Many clients see the same best doctor: one on this server books them, the others take the next proposal.
            if (!AvailabilityBoard.claimUntilCompletion(transaction, proposal.doctor())
                    || !AvailabilityBoard.stillFree(proposal.doctor(), proposal.slot().interval())) {
                continue;
            }
            try {
                Optional<AppointmentView> booked = book(patient, assignment.bookingFor(request, proposal), null, false);
                if (booked.isPresent()) {
                    return booked;
                }
            } catch (SlotTakenException taken) {
                // booked where this server did not see it: re-read that doctor's bookings, try the next best
                AvailabilityBoard.doubt(proposal.doctor());
                if (transaction.getRollbackOnly()) {
                    throw taken; // the unique keys refused the insert: this transaction is over, the caller proposes afresh
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Books every visit of a series (weekly physiotherapy x 8) or none: the first conflict refuses the
     * whole series, naming the visit. All visits share a series id.
     */
    public List<AppointmentView> bookSeries(BookingRequest first, int everyDays, int count) {
        Map<String, String> problems = new TreeMap<>();
        if (first == null || first.start() == null || first.visitType() == null) {
            problems.put("start", "Choose the first visit's time and type");
        } else if (count < 2 || count > RecurringSeries.MAX_VISITS || everyDays < 1 || everyDays > 90) {
            problems.put("count", "A series has 2 to " + RecurringSeries.MAX_VISITS + " visits, 1 to 90 days apart");
        }
        if (!problems.isEmpty()) {
            throw new InvalidPatientDataException(problems);
        }
        ZoneId zone = HpmsConfiguration.hospitalZone();
        String seriesId = UUID.randomUUID().toString();
        List<AppointmentView> booked = new ArrayList<>();
        // Only the start times matter here: each booking takes its length from the doctor's profile.
        for (TimeInterval visit : new RecurringSeries(first.start(), Duration.ofMinutes(1), everyDays, count).visits(zone)) {
            BookingRequest request = new BookingRequest(first.mrn(), first.doctor(), visit.start(), first.visitType(),
                    first.specialization(), first.complaint());
            try {
                booked.add(book(request, seriesId, true).orElseThrow());
            } catch (InvalidPatientDataException e) {
                throw new InvalidPatientDataException(Map.of("series", "Visit " + (booked.size() + 1) + " on "
                        + TIME.format(visit.start().atZone(zone)) + ": " + String.join("; ", e.getFieldErrors().values())));
            } catch (SlotTakenException e) {
                throw new InvalidPatientDataException(Map.of("series", "Visit " + (booked.size() + 1) + " on "
                        + TIME.format(visit.start().atZone(zone)) + ": the doctor is booked then"));
            }
        }
        return booked;
    }

    /** Moves an appointment to another time (and doctor, if given) in one step; the old time is freed only if the new one is booked. */
    public AppointmentView reschedule(String appointmentId, Instant newStart, String newDoctor) {
        Appointment old = appointment(appointmentId);
        if (old.getStatus() != AppointmentStatus.BOOKED) {
            refuseIfAny(AuditAction.APPOINTMENT_RESCHEDULED, Map.of("appointment", "Only a booked appointment can be moved"),
                    old.getPatient().getMrn().value());
        }
        String doctor = newDoctor == null || newDoctor.isBlank() ? old.getDoctor().getUsername() : newDoctor;
        old.cancel(session.getCallerPrincipal().getName(), "rescheduled", Instant.now());
        em.flush(); // frees the old time for the checks of the new booking; rolled back if that booking fails
        AppointmentView moved = book(new BookingRequest(old.getPatient().getMrn().value(), doctor, newStart, old.getVisitType(),
                old.getSpecialization(), old.getComplaint()), old.getSeriesId(), true).orElseThrow();
        AvailabilityBoard.changed(transaction, old.getDoctor().getId());
        cancelled.fire(freedBy(old)); // after the move: the patient's own new time is not offered to others
        auditTrail.record(AuditAction.APPOINTMENT_RESCHEDULED, old.getPatient().getMrn().value(), AuditOutcome.SUCCESS, null);
        return moved;
    }

    /** The patient arrived, is called in, or the visit is over; a completed visit is handed to billing (CDI event). */
    public AppointmentView advance(String appointmentId, AppointmentStatus target) {
        Appointment appointment = appointment(appointmentId);
        if (target == null || target == AppointmentStatus.CANCELLED || !appointment.getStatus().canMoveTo(target)) {
            String from = appointment.getStatus().getLabel().toLowerCase(Locale.ROOT);
            String to = target == null ? "nothing" : target.getLabel().toLowerCase(Locale.ROOT);
            refuseIfAny(AuditAction.APPOINTMENT_STATUS_CHANGED, Map.of("status", "A " + from + " appointment cannot become " + to),
                    appointment.getPatient().getMrn().value());
        }
        Instant now = Instant.now();
        appointment.moveTo(target, now);
        if (target == AppointmentStatus.CHECKED_IN) {
            LocalDate today = now.atZone(HpmsConfiguration.hospitalZone()).toLocalDate();
            appointment.queue(today, QueueTokens.next(em, appointment.getDoctor().getDepartment(), today));
        }
        if (target == AppointmentStatus.COMPLETED) {
            completed.fire(new AppointmentCompleted(appointment.getPublicId(), appointment.getPatient().getMrn().value(),
                    appointment.getDoctor().getUsername(), appointment.getSpecialization(), appointment.getVisitType(), now));
        }
        auditTrail.record(AuditAction.APPOINTMENT_STATUS_CHANGED, appointment.getPatient().getMrn().value(), AuditOutcome.SUCCESS,
                target.name());
        return AppointmentView.of(appointment);
    }

    /** A doctor's appointments of one day (hospital zone), in time order, cancelled ones left out. */
    public List<AppointmentView> dayList(String doctor, LocalDate day) {
        ZoneId zone = HpmsConfiguration.hospitalZone();
        return em.createQuery("SELECT a FROM Appointment a JOIN FETCH a.patient JOIN FETCH a.doctor WHERE a.doctor.username = :doctor"
                        + " AND a.status <> :cancelled AND a.startsAt >= :from AND a.startsAt < :until ORDER BY a.startsAt", Appointment.class)
                .setParameter("doctor", doctor).setParameter("cancelled", AppointmentStatus.CANCELLED)
                .setParameter("from", day.atStartOfDay(zone).toInstant()).setParameter("until", day.plusDays(1).atStartOfDay(zone).toInstant())
                .getResultStream().map(AppointmentView::of).toList();
    }

    /**
     * Appointments (cancelled ones left out) starting in [from, until), of one doctor or of one department
     * (or all when neither is given): what a calendar shows.
     */
    public List<AppointmentView> between(String doctor, String department, Instant from, Instant until) {
        if (from == null || until == null || !until.isAfter(from) || Duration.between(from, until).toDays() > 62) {
            throw new InvalidPatientDataException(Map.of("until", "Show 1 to 62 days at once"));
        }
        return em.createQuery("SELECT a FROM Appointment a JOIN FETCH a.patient JOIN FETCH a.doctor WHERE a.status <> :cancelled"
                        + " AND a.startsAt >= :from AND a.startsAt < :until AND (:doctor = '' OR a.doctor.username = :doctor)"
                        + " AND (:department = '' OR a.doctor.department = :department) ORDER BY a.startsAt", Appointment.class)
                .setParameter("cancelled", AppointmentStatus.CANCELLED).setParameter("from", from).setParameter("until", until)
                .setParameter("doctor", doctor == null ? "" : doctor).setParameter("department", department == null ? "" : department)
                .getResultStream().map(AppointmentView::of).toList();
    }

    /** The patient's appointments still to come (booked or waiting), soonest first: the chart's "upcoming" card. */
    public List<AppointmentView> upcomingFor(String mrn) {
        Patient patient = PatientLookup.existing(em, mrn);
        return em.createQuery("SELECT a FROM Appointment a JOIN FETCH a.patient JOIN FETCH a.doctor WHERE a.patient = :patient"
                        + " AND a.status IN :open AND a.endsAt > :now ORDER BY a.startsAt", Appointment.class)
                .setParameter("patient", patient).setParameter("now", Instant.now())
                .setParameter("open", List.of(AppointmentStatus.BOOKED, AppointmentStatus.CHECKED_IN, AppointmentStatus.IN_CONSULTATION))
                .setMaxResults(10).getResultStream().map(AppointmentView::of).toList();
    }

    /**
     * Locks the patient, then the doctor (always in this order, so that bookings never deadlock): the
     * patient's lock keeps two bookings of one patient from both passing the overlap check, the doctor's
     * those of one doctor. The checks after the locks read every committed booking (READ COMMITTED, set on
     * the datasource) in one statement. Without {@code waitForDoctor}, a doctor locked by another booking
     * gives an empty answer at once instead of a wait. The doctor's profile, template and exceptions come
     * from the {@link AvailabilityBoard} when its stamp matches the locked row's, else from the database.
     */
    private Optional<AppointmentView> book(BookingRequest request, String seriesId, boolean waitForDoctor) {
        return book(PatientLookup.lockCurrent(em, request == null ? null : request.mrn()), request, seriesId, waitForDoctor);
    }

    /** {@link #book(BookingRequest, String, boolean)} for a patient this transaction has locked already. */
    private Optional<AppointmentView> book(PatientLookup.Locked patient, BookingRequest request, String seriesId, boolean waitForDoctor) {
        ZoneId zone = HpmsConfiguration.hospitalZone();
        Map<String, String> problems = new TreeMap<>();
        if (request.visitType() == null) {
            problems.put("visitType", "New patient or follow-up?");
        }
        if (request.start() == null) {
            problems.put("start", "Choose a time");
        } else if (request.start().isBefore(Instant.now())) {
            problems.put("start", "This time has passed");
        }
        Optional<LockedDoctor> locked = lockDoctor(request.doctor(), waitForDoctor);
        if (locked.isPresent() && locked.get().busy()) {
            return Optional.empty(); // another booking holds the doctor
        }
        if (!problems.isEmpty() || locked.isEmpty()) {
            if (locked.isEmpty()) {
                problems.put("doctor", "No bookable doctor is called " + request.doctor());
            }
            refuseIfAny(problems, patient.mrn());
        }
        LockedDoctor doctor = locked.get();
        LocalDate day = request.start().atZone(zone).toLocalDate();
        AvailabilityBoard.Known known = AvailabilityBoard.known(doctor.id(), doctor.stamp(), day, zone)
                .orElseGet(() -> read(doctor.id(), day, zone));
        DoctorTerms terms = known.calendar().doctor();
        if (!terms.active()) {
            problems.put("doctor", "No bookable doctor is called " + request.doctor());
        } else if (request.specialization() == null || !known.specializations().contains(request.specialization())) {
            problems.put("specialization", "Dr " + terms.username() + " does not practise " + request.specialization());
        }
        refuseIfAny(problems, patient.mrn());

        TimeInterval visit = new TimeInterval(request.start(),
                request.start().plus(Duration.ofMinutes(terms.minutesFor(request.visitType()))));
        DoctorCalendar calendar = known.calendar();
        Optional<ScheduleChange> absence = calendar.absence(visit);
        if (absence.isPresent()) {
            problems.put("start", "Dr " + terms.username() + " is not available then ("
                    + absence.get().kind().getLabel().toLowerCase(Locale.ROOT) + ")");
        } else if (!SlotCalculator.isWorkingTime(calendar.template(), calendar.changes(), visit, zone)) {
            problems.put("start", "Outside Dr " + terms.username() + "'s working hours");
        }
        refuseIfAny(problems, patient.mrn());

        TimeCheck time = timeCheck(doctor.id(), patient.id(), visit, day, zone);
        if (time.doctorBooked()) {
            auditTrail.record(AuditAction.APPOINTMENT_BOOKED, patient.mrn(), AuditOutcome.REJECTED, "slot taken");
            throw new SlotTakenException();
        }
        if (time.patientsOwn() != null) {
            problems.put("start", "The patient already has an appointment at " + TIME.format(time.patientsOwn().atZone(zone)));
        }
        if (time.bookedThatDay() >= terms.dailyCapacity()) {
            problems.put("start", "Dr " + terms.username() + " is fully booked on " + day);
        }
        refuseIfAny(problems, patient.mrn());

        String room = calendar.sessionAround(visit).map(Slot::room).orElse(null);
        Appointment appointment = new Appointment(em.getReference(Patient.class, patient.id()),
                em.getReference(DoctorProfile.class, doctor.id()), new Slot(visit, room), request.visitType(),
                request.specialization(), request.complaint(), seriesId);
        try {
            em.persist(appointment);
            em.flush();
        } catch (PersistenceException e) {
            // The unique keys are the last word: they catch what a writer that skipped these locks would slip in.
            auditTrail.record(AuditAction.APPOINTMENT_BOOKED, patient.mrn(), AuditOutcome.REJECTED, "slot taken");
            throw new SlotTakenException();
        }
        Reminders.planFor(em, appointment, patient.hasEmail(), patient.hasPhone(), Instant.now());
        AvailabilityBoard.advance(em, doctor.id());
        AvailabilityBoard.booked(transaction, doctor.id(), doctor.stamp(), visit);
        String detail = "with " + terms.username();
        if (waitForDoctor) {
            // its own transaction: the caller's may go on to audit more (each append holds the chain head to its commit)
            auditTrail.record(AuditAction.APPOINTMENT_BOOKED, patient.mrn(), AuditOutcome.SUCCESS, detail);
        } else {
            // automated booking (bookBestProposal) ends its transaction with this: the chain head is held only for the commit
            auditTrail.recordWithWork(AuditAction.APPOINTMENT_BOOKED, patient.mrn(), AuditOutcome.SUCCESS, detail);
        }
        return Optional.of(AppointmentView.of(appointment, patient.mrn(), patient.fullName(), terms.username()));
    }

    /** The doctor's row, locked by this transaction, with its stamp; or {@link #BUSY}. */
    private record LockedDoctor(long id, AvailabilityBoard.Stamp stamp) {

        /** Held by another booking (when the caller would rather not wait). */
        static final LockedDoctor BUSY = new LockedDoctor(-1, null);

        boolean busy() {
            return this == BUSY;
        }
    }

    /**
     * Locks the doctor's row and reads its stamp; empty when there is no such doctor, {@link LockedDoctor#BUSY}
     * when the row is locked by another booking and the caller would rather not wait. SKIP LOCKED (MySQL 8,
     * MariaDB 10.6+) is written in SQL: Hibernate drops it from a lock hint when it cannot read the server's version.
     */
    private Optional<LockedDoctor> lockDoctor(String username, boolean wait) {
        String name = username == null ? "" : username;
        List<?> rows = NativeSql.on(em, "SELECT id, version, calendar_version FROM doctor_profile WHERE staff_username = ?1 FOR UPDATE"
                        + (wait ? "" : " SKIP LOCKED"), DoctorProfile.class)
                .setParameter(1, name).getResultList();
        if (rows.isEmpty()) {
            boolean exists = !wait && !em.createQuery("SELECT d.id FROM DoctorProfile d WHERE d.username = :username", Long.class)
                    .setParameter("username", name).getResultList().isEmpty();
            return exists ? Optional.of(LockedDoctor.BUSY) : Optional.empty();
        }
        Object[] row = (Object[]) rows.get(0);
        return Optional.of(new LockedDoctor(((Number) row[0]).longValue(),
                new AvailabilityBoard.Stamp(((Number) row[1]).longValue(), ((Number) row[2]).longValue())));
    }

    /** The doctor's profile, specializations and calendar of the day from the database (the board had no current copy). */
    private AvailabilityBoard.Known read(long doctorId, LocalDate day, ZoneId zone) {
        DoctorProfile profile = em.find(DoctorProfile.class, doctorId);
        return new AvailabilityBoard.Known(DoctorCalendar.of(em, profile.terms(), day, day, zone), profile.getSpecializations());
    }

    /** What the database says of the time asked for, read under the locks. */
    private record TimeCheck(boolean doctorBooked, Instant patientsOwn, long bookedThatDay) {
    }

    /**
     * In one statement: whether the doctor holds an overlapping appointment, the start of the patient's own
     * overlapping appointment if any, and how many appointments the doctor has that day. A lower bound on
     * the indexed start keeps each look a short index range (no visit lasts a day).
     */
    private TimeCheck timeCheck(long doctorId, long patientId, TimeInterval visit, LocalDate day, ZoneId zone) {
        Object[] row = em.createQuery("SELECT"
                        + " (SELECT COUNT(a) FROM Appointment a WHERE a.doctor.id = :doctor AND a.status <> :cancelled"
                        + "  AND a.startsAt < :end AND a.endsAt > :start AND a.startsAt > :earliest),"
                        + " (SELECT MIN(b.startsAt) FROM Appointment b WHERE b.patient.id = :patient AND b.status <> :cancelled"
                        + "  AND b.startsAt < :end AND b.endsAt > :start AND b.startsAt > :earliest),"
                        + " (SELECT COUNT(c) FROM Appointment c WHERE c.doctor.id = :doctor AND c.status <> :cancelled"
                        + "  AND c.startsAt >= :dayStart AND c.startsAt < :dayEnd)"
                        + " FROM DoctorProfile d WHERE d.id = :doctor", Object[].class)
                .setParameter("doctor", doctorId).setParameter("patient", patientId)
                .setParameter("cancelled", AppointmentStatus.CANCELLED)
                .setParameter("start", visit.start()).setParameter("end", visit.end())
                .setParameter("earliest", visit.start().minus(Duration.ofDays(1)))
                .setParameter("dayStart", day.atStartOfDay(zone).toInstant())
                .setParameter("dayEnd", day.plusDays(1).atStartOfDay(zone).toInstant())
                .getSingleResult();
        return new TimeCheck(((Number) row[0]).longValue() > 0, (Instant) row[1], ((Number) row[2]).longValue());
    }

    public void cancel(String appointmentId, String reason) {
        Appointment appointment = appointment(appointmentId);
        String mrn = appointment.getPatient().getMrn().value();
        if (reason == null || reason.strip().length() < 5) {
            refuseIfAny(AuditAction.APPOINTMENT_CANCELLED,
                    Map.of("reason", "Say why the appointment is cancelled (at least 5 characters)"), mrn);
        }
        if (!appointment.getStatus().canMoveTo(AppointmentStatus.CANCELLED)) {
            refuseIfAny(AuditAction.APPOINTMENT_CANCELLED, Map.of("appointment", "A " + appointment.getStatus().getLabel()
                    .toLowerCase(Locale.ROOT) + " appointment cannot be cancelled"), mrn);
        }
        appointment.cancel(session.getCallerPrincipal().getName(), reason.strip(), Instant.now());
        AvailabilityBoard.changed(transaction, appointment.getDoctor().getId());
        auditTrail.record(AuditAction.APPOINTMENT_CANCELLED, mrn, AuditOutcome.SUCCESS, null);
        cancelled.fire(freedBy(appointment));
    }

    /** One appointment, by the id lists and the API know it by. */
    public AppointmentView details(String appointmentId) {
        return AppointmentView.of(appointment(appointmentId));
    }

    /** How the messages about an appointment (reminders) were delivered, oldest first. */
    @RolesAllowed({Roles.RECEPTIONIST, Roles.ADMIN, Roles.DOCTOR, Roles.NURSE})
    public List<NotificationView> notifications(String appointmentId) {
        Appointment appointment = appointment(appointmentId);
        return em.createQuery("SELECT n FROM Notification n WHERE n.appointment = :appointment ORDER BY n.id", Notification.class)
                .setParameter("appointment", appointment).getResultStream().map(NotificationView::of).toList();
    }

    private static AppointmentCancelled freedBy(Appointment appointment) {
        return new AppointmentCancelled(appointment.getPublicId(), appointment.getPatient().getMrn().value(),
                appointment.getDoctor().getUsername(), appointment.getSpecialization(), appointment.interval());
    }

    /** The doctor's free slots for a visit type on the given dates (hospital zone), from now on. */
    @RolesAllowed({Roles.RECEPTIONIST, Roles.ADMIN, Roles.DOCTOR, Roles.NURSE, Roles.BILLING, Roles.LAB_TECH})
    public List<Slot> freeSlots(String doctorUsername, VisitType visitType, LocalDate from, LocalDate until) {
        DoctorProfile doctor = em.createNamedQuery(DoctorProfile.BY_USERNAME, DoctorProfile.class)
                .setParameter("username", doctorUsername == null ? "" : doctorUsername).getResultStream().findFirst()
                .orElseThrow(() -> new InvalidPatientDataException(Map.of("doctor", "No bookable doctor is called " + doctorUsername)));
        if (from == null || until == null || until.isBefore(from) || until.isAfter(from.plusDays(62))) {
            throw new InvalidPatientDataException(Map.of("until", "Ask for 1 to 62 days of slots"));
        }
        return DoctorCalendar.of(em, doctor.terms(), from, until, HpmsConfiguration.hospitalZone())
                .freeSlots(visitType == null ? VisitType.NEW : visitType, Instant.now());
    }

    private Appointment appointment(String appointmentId) {
        return find(em, appointmentId);
    }

    /** The appointment a request names, or a field error. */
    static Appointment find(EntityManager em, String appointmentId) {
        return em.createNamedQuery(Appointment.BY_PUBLIC_ID, Appointment.class)
                .setParameter("id", appointmentId == null ? "" : appointmentId).getResultStream().findFirst()
                .orElseThrow(() -> new InvalidPatientDataException(Map.of("appointment", "No such appointment")));
    }

    private void refuseIfAny(Map<String, String> problems, String mrn) {
        refuseIfAny(AuditAction.APPOINTMENT_BOOKED, problems, mrn);
    }

    /** Refuses (audited as a rejected {@code action}, field names only) when there are problems. */
    private void refuseIfAny(AuditAction action, Map<String, String> problems, String mrn) {
        if (!problems.isEmpty()) {
            auditTrail.record(action, mrn, AuditOutcome.REJECTED,
                    "invalid fields: " + String.join(",", problems.keySet()));
            throw new InvalidPatientDataException(problems);
        }
    }
}
