package org.hpms.scheduling.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.hpms.audit.application.AuditTrail;
import org.hpms.audit.domain.AuditAction;
import org.hpms.audit.domain.AuditOutcome;
import org.hpms.patient.application.PatientLookup;
import org.hpms.patient.domain.InvalidPatientDataException;
import org.hpms.patient.domain.Patient;
import org.hpms.scheduling.domain.Appointment;
import org.hpms.scheduling.domain.AppointmentStatus;
import org.hpms.scheduling.domain.DoctorProfile;
import org.hpms.scheduling.domain.Slot;
import org.hpms.scheduling.domain.TimeInterval;
import org.hpms.scheduling.domain.VisitType;
import org.hpms.security.Roles;
import org.hpms.shared.config.HpmsConfiguration;

/**
 * The day at the hospital: walk-in registration with a token number, and the queue per department
 * (checked-in and walk-in patients in token order, and who is with a doctor now).
 */
@Stateless
@RolesAllowed({Roles.RECEPTIONIST, Roles.ADMIN, Roles.DOCTOR, Roles.NURSE})
public class QueueService {

    @PersistenceContext
    EntityManager em;

    @EJB
    AuditTrail auditTrail;

    /**
     * Registers a walk-in: the named doctor, or among the doctors of the specialization who are at work
     * now the one with the fewest patients waiting. The patient is arrived at once and gets the next token.
     */
    public AppointmentView registerWalkIn(WalkInRequest request) {
        ZoneId zone = HpmsConfiguration.hospitalZone();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        LocalDate today = now.atZone(zone).toLocalDate();
        Patient patient = PatientLookup.current(em, request == null ? null : request.mrn());
        em.lock(patient, LockModeType.PESSIMISTIC_WRITE); // patient before doctor, as bookings do
        VisitType visitType = request.visitType() == null ? VisitType.NEW : request.visitType();
        Map<String, String> problems = new TreeMap<>();
        if (request.specialization() == null || request.specialization().isBlank()) {
            problems.put("specialization", "Choose who the patient needs to see");
            refuse(problems, patient);
        }
        String namedDoctor = request.doctor() == null ? "" : request.doctor().strip();
        List<DoctorProfile> doctors = em.createNamedQuery(DoctorProfile.PRACTISING, DoctorProfile.class)
                .setParameter("code", request.specialization().strip()).getResultStream()
                .filter(d -> namedDoctor.isEmpty() || d.getUsername().equals(namedDoctor)).toList();
        DoctorProfile chosen = null;
        Slot session = null;
        long shortestQueue = Long.MAX_VALUE;
        Map<Long, DoctorCalendar> calendars = DoctorCalendar.of(em, doctors.stream().map(DoctorProfile::terms).toList(), today, today, zone);
        Map<Long, Long> waitingByDoctor = waitingFor(doctors, today);
        for (DoctorProfile doctor : doctors) {
            TimeInterval visit = new TimeInterval(now, now.plus(Duration.ofMinutes(doctor.minutesFor(visitType))));
            Optional<Slot> atWork = calendars.get(doctor.getId()).sessionAround(new TimeInterval(now, now.plusSeconds(1)));
            long waiting = waitingByDoctor.getOrDefault(doctor.getId(), 0L);
            if (atWork.isPresent() && waiting < shortestQueue) {
                chosen = doctor;
                session = new Slot(visit, atWork.get().room());
                shortestQueue = waiting;
            }
        }
        if (chosen == null) {
            problems.put("doctor", doctors.isEmpty()
                    ? "No doctor " + (request.doctor() == null || request.doctor().isBlank() ? "" : "called " + request.doctor().strip() + " ")
                    + "practises " + request.specialization().strip()
                    : "No doctor of " + request.specialization().strip() + " is at work now; book an appointment instead");
        } else if (holdsTimeNow(patient, session.interval())) {
            problems.put("mrn", "The patient already has an appointment now; check them in instead");
        }
        refuse(problems, patient);

        em.lock(chosen, LockModeType.PESSIMISTIC_WRITE); // the doctor's bookings and walk-ins queue up one by one
        int token = QueueTokens.next(em, chosen.getDepartment(), today);
        Appointment walkIn = Appointment.walkIn(patient, chosen, session, visitType, request.specialization().strip(),
                request.complaint(), today, token);
        em.persist(walkIn);
        AvailabilityBoard.advance(em, chosen.getId());
        auditTrail.record(AuditAction.APPOINTMENT_BOOKED, patient.getMrn().value(), AuditOutcome.SUCCESS,
                "walk-in with " + chosen.getUsername() + ", token " + token);
        return AppointmentView.of(walkIn);
    }

    /** Who is waiting and who is being seen in a department on a day, in token order. */
    public List<AppointmentView> board(String department, LocalDate day) {
        return em.createQuery("SELECT a FROM Appointment a JOIN FETCH a.patient JOIN FETCH a.doctor WHERE a.queueDepartment = :department"
                        + " AND a.queueDay = :day AND a.status IN :inQueue ORDER BY a.token", Appointment.class)
                .setParameter("department", department).setParameter("day", day)
                .setParameter("inQueue", List.of(AppointmentStatus.CHECKED_IN, AppointmentStatus.IN_CONSULTATION))
                .getResultStream().map(AppointmentView::of).toList();
    }

    /** The departments that have doctors, for choosing a queue board. */
    @RolesAllowed({Roles.RECEPTIONIST, Roles.ADMIN, Roles.DOCTOR, Roles.NURSE, Roles.BILLING, Roles.LAB_TECH})
    public List<String> departments() {
        return em.createQuery("SELECT DISTINCT d.department FROM DoctorProfile d WHERE d.active = true", String.class)
                .getResultStream().sorted(Comparator.naturalOrder()).toList();
    }

    /** Patients waiting (arrived, not yet called in) per doctor on the day, by doctor id. */
    private Map<Long, Long> waitingFor(List<DoctorProfile> doctors, LocalDate day) {
        if (doctors.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("SELECT a.doctor.id, COUNT(a) FROM Appointment a WHERE a.doctor IN :doctors AND a.queueDay = :day"
                        + " AND a.status = :waiting GROUP BY a.doctor.id", Object[].class)
                .setParameter("doctors", doctors).setParameter("day", day).setParameter("waiting", AppointmentStatus.CHECKED_IN)
                .getResultStream().collect(Collectors.toMap(row -> (Long) row[0], row -> (Long) row[1]));
    }

    private boolean holdsTimeNow(Patient patient, TimeInterval visit) {
        return !em.createQuery("SELECT a.id FROM Appointment a WHERE a.patient = :patient AND a.status IN :holding"
                        + " AND a.startsAt < :end AND a.endsAt > :start", Long.class)
                .setParameter("patient", patient)
                .setParameter("holding", List.of(AppointmentStatus.BOOKED, AppointmentStatus.CHECKED_IN, AppointmentStatus.IN_CONSULTATION))
                .setParameter("start", visit.start()).setParameter("end", visit.end()).setMaxResults(1).getResultList().isEmpty();
    }

    private void refuse(Map<String, String> problems, Patient patient) {
        if (!problems.isEmpty()) {
            auditTrail.record(AuditAction.APPOINTMENT_BOOKED, patient.getMrn().value(), AuditOutcome.REJECTED,
                    "walk-in; invalid fields: " + String.join(",", problems.keySet()));
            throw new InvalidPatientDataException(problems);
        }
    }
}
