package org.hpms.scheduling.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.hpms.audit.application.AuditTrail;
import org.hpms.audit.domain.AuditAction;
import org.hpms.audit.domain.AuditOutcome;
import org.hpms.patient.domain.InvalidPatientDataException;
import org.hpms.patient.domain.MedicalRecordNumber;
import org.hpms.patient.domain.Patient;
import org.hpms.patient.domain.UnknownPatientException;
import org.hpms.scheduling.domain.Appointment;
import org.hpms.scheduling.domain.AppointmentStatus;
import org.hpms.scheduling.domain.DoctorProfile;
import org.hpms.scheduling.domain.ScheduleChange;
import org.hpms.scheduling.domain.Slot;
import org.hpms.scheduling.domain.SlotCalculator;
import org.hpms.scheduling.domain.SlotTakenException;
import org.hpms.scheduling.domain.TimeInterval;
import org.hpms.scheduling.domain.VisitType;
import org.hpms.scheduling.domain.WeeklySession;
import org.hpms.security.Roles;
import org.hpms.shared.config.HpmsConfiguration;

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

    public AppointmentView book(BookingRequest request) {
        ZoneId zone = HpmsConfiguration.hospitalZone();
        Patient patient = patient(request == null ? null : request.mrn());
        Map<String, String> problems = new TreeMap<>();
        if (request.visitType() == null) {
            problems.put("visitType", "New patient or follow-up?");
        }
        if (request.start() == null) {
            problems.put("start", "Choose a time");
        } else if (request.start().isBefore(Instant.now())) {
            problems.put("start", "This time has passed");
        }
        DoctorProfile doctor = em.createQuery("SELECT d FROM DoctorProfile d WHERE d.username = :username", DoctorProfile.class)
                .setParameter("username", request.doctor() == null ? "" : request.doctor())
                .setLockMode(LockModeType.PESSIMISTIC_WRITE) // bookings of one doctor queue up here
                .getResultStream().findFirst().orElse(null);
        if (doctor == null || !doctor.isActive()) {
            problems.put("doctor", "No bookable doctor is called " + request.doctor());
        } else if (request.specialization() == null || !doctor.getSpecializations().contains(request.specialization())) {
            problems.put("specialization", "Dr " + doctor.getUsername() + " does not practise " + request.specialization());
        }
        refuseIfAny(problems, patient);

        TimeInterval visit = new TimeInterval(request.start(),
                request.start().plus(Duration.ofMinutes(doctor.minutesFor(request.visitType()))));
        LocalDate day = visit.start().atZone(zone).toLocalDate();
        DoctorCalendar calendar = DoctorCalendar.of(em, doctor, day, day, zone); // read under the doctor's lock
        Optional<ScheduleChange> absence = calendar.absence(visit);
        if (absence.isPresent()) {
            problems.put("start", "Dr " + doctor.getUsername() + " is not available then ("
                    + absence.get().kind().getLabel().toLowerCase(Locale.ROOT) + ")");
        } else if (!SlotCalculator.isWorkingTime(calendar.template(), calendar.changes(), visit, zone)) {
            problems.put("start", "Outside Dr " + doctor.getUsername() + "'s working hours");
        }
        refuseIfAny(problems, patient);

        if (calendar.booked().stream().anyMatch(visit::overlaps)) {
            auditTrail.record(AuditAction.APPOINTMENT_BOOKED, patient.getMrn().value(), AuditOutcome.REJECTED, "slot taken");
            throw new SlotTakenException();
        }
        List<Appointment> patientsOwn = overlapping(patient, visit);
        if (!patientsOwn.isEmpty()) {
            problems.put("start", "The patient already has an appointment at "
                    + TIME.format(patientsOwn.get(0).getStartsAt().atZone(zone)));
        }
        if (calendar.bookedOn(day) >= doctor.getDailyCapacity()) {
            problems.put("start", "Dr " + doctor.getUsername() + " is fully booked on " + day);
        }
        refuseIfAny(problems, patient);

        Appointment appointment = new Appointment(patient, doctor, new Slot(visit, roomOf(calendar, visit)),
                request.visitType(),
                request.specialization(), request.complaint(), null);
        try {
            em.persist(appointment);
            em.flush();
        } catch (PersistenceException e) {
            // The unique keys caught what the checks above cannot see (a booking committed in between).
            auditTrail.record(AuditAction.APPOINTMENT_BOOKED, patient.getMrn().value(), AuditOutcome.REJECTED, "slot taken");
            throw new SlotTakenException();
        }
        auditTrail.record(AuditAction.APPOINTMENT_BOOKED, patient.getMrn().value(), AuditOutcome.SUCCESS,
                "with " + doctor.getUsername());
        return AppointmentView.of(appointment);
    }

    public void cancel(String appointmentId, String reason) {
        Appointment appointment = em.createQuery("SELECT a FROM Appointment a JOIN FETCH a.patient WHERE a.publicId = :id",
                        Appointment.class)
                .setParameter("id", appointmentId == null ? "" : appointmentId).getResultStream().findFirst()
                .orElseThrow(() -> new InvalidPatientDataException(Map.of("appointment", "No such appointment")));
        Patient patient = appointment.getPatient();
        if (reason == null || reason.strip().length() < 5) {
            refuseIfAny(Map.of("reason", "Say why the appointment is cancelled (at least 5 characters)"), patient);
        }
        if (!appointment.getStatus().canMoveTo(AppointmentStatus.CANCELLED)) {
            refuseIfAny(Map.of("appointment", "A " + appointment.getStatus().getLabel().toLowerCase()
                    + " appointment cannot be cancelled"), patient);
        }
        appointment.cancel(session.getCallerPrincipal().getName(), reason.strip(), Instant.now());
        auditTrail.record(AuditAction.APPOINTMENT_CANCELLED, patient.getMrn().value(), AuditOutcome.SUCCESS, null);
    }

    /** The doctor's free slots for a visit type on the given dates (hospital zone), from now on. */
    @RolesAllowed({Roles.RECEPTIONIST, Roles.ADMIN, Roles.DOCTOR, Roles.NURSE, Roles.BILLING, Roles.LAB_TECH})
    public List<Slot> freeSlots(String doctorUsername, VisitType visitType, LocalDate from, LocalDate until) {
        DoctorProfile doctor = em.createQuery("SELECT d FROM DoctorProfile d WHERE d.username = :username", DoctorProfile.class)
                .setParameter("username", doctorUsername == null ? "" : doctorUsername).getResultStream().findFirst()
                .orElseThrow(() -> new InvalidPatientDataException(Map.of("doctor", "No bookable doctor is called " + doctorUsername)));
        if (from == null || until == null || until.isBefore(from) || until.isAfter(from.plusDays(62))) {
            throw new InvalidPatientDataException(Map.of("until", "Ask for 1 to 62 days of slots"));
        }
        return DoctorCalendar.of(em, doctor, from, until, HpmsConfiguration.hospitalZone())
                .freeSlots(visitType == null ? VisitType.NEW : visitType, Instant.now());
    }

    /** The room of the session the visit falls in: an extra session's, else the template's. */
    private static String roomOf(DoctorCalendar calendar, TimeInterval visit) {
        for (ScheduleChange change : calendar.changes()) {
            if (!change.kind().isBlocking() && change.interval().contains(visit)) {
                return change.room();
            }
        }
        LocalDate day = visit.start().atZone(calendar.zone()).toLocalDate();
        for (LocalDate date = day.minusDays(1); !date.isAfter(day); date = date.plusDays(1)) {
            for (WeeklySession session : calendar.template()) {
                if (session.on(date, calendar.zone()).map(s -> s.contains(visit)).orElse(false)) {
                    return session.room();
                }
            }
        }
        return null;
    }

    private List<Appointment> overlapping(Patient patient, TimeInterval visit) {
        return em.createQuery("SELECT a FROM Appointment a WHERE a.patient = :patient AND a.status <> :cancelled"
                        + " AND a.startsAt < :end AND a.endsAt > :start", Appointment.class)
                .setParameter("patient", patient).setParameter("cancelled", AppointmentStatus.CANCELLED)
                .setParameter("start", visit.start()).setParameter("end", visit.end())
                .setMaxResults(1).getResultList();
    }

    private Patient patient(String mrn) {
        if (!MedicalRecordNumber.isValid(mrn)) {
            throw new UnknownPatientException();
        }
        Patient patient = em.createNamedQuery(Patient.BY_MRN, Patient.class).setParameter("mrn", MedicalRecordNumber.parse(mrn))
                .getResultStream().findFirst().orElseThrow(UnknownPatientException::new);
        if (patient.getMergedInto() != null) {
            throw new InvalidPatientDataException(Map.of("patient", "This record was merged into MRN "
                    + patient.getMergedInto().getMrn().value() + "; use that record"));
        }
        return patient;
    }

    private void refuseIfAny(Map<String, String> problems, Patient patient) {
        if (!problems.isEmpty()) {
            auditTrail.record(AuditAction.APPOINTMENT_BOOKED, patient.getMrn().value(), AuditOutcome.REJECTED,
                    "invalid fields: " + String.join(",", problems.keySet()));
            throw new InvalidPatientDataException(problems);
        }
    }
}
