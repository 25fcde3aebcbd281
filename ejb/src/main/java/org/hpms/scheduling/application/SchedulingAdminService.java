package org.hpms.scheduling.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.hpms.patient.domain.InvalidPatientDataException;
import org.hpms.scheduling.domain.Appointment;
import org.hpms.scheduling.domain.AppointmentStatus;
import org.hpms.scheduling.domain.DoctorProfile;
import org.hpms.scheduling.domain.ScheduleChange;
import org.hpms.scheduling.domain.ScheduleChangeEntry;
import org.hpms.scheduling.domain.Specialization;
import org.hpms.scheduling.domain.WeeklySession;
import org.hpms.scheduling.domain.WorkingHours;
import org.hpms.security.Roles;
import org.hpms.staff.application.StaffDirectory;

/** Administrators keep doctors' profiles, weekly templates and exceptions (leave, holidays, extra sessions). */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class SchedulingAdminService {

    @PersistenceContext
    EntityManager em;

    @EJB
    StaffDirectory staff;

    /** Creates or updates the profile of a doctor's staff account. */
    public void saveProfile(String username, String department, int newVisitMinutes, int followUpMinutes, int dailyCapacity,
                            Collection<String> languages, Collection<String> specializations) {
        Map<String, String> problems = new TreeMap<>();
        if (!staff.isActiveWithRole(username, Roles.DOCTOR)) {
            problems.put("doctor", "No active staff account with the DOCTOR role is called " + username);
        }
        if (department == null || department.isBlank() || department.length() > 60) {
            problems.put("department", "Department is required (at most 60 characters)");
        }
        if (newVisitMinutes < 5 || newVisitMinutes > 240 || followUpMinutes < 5 || followUpMinutes > 240) {
            problems.put("minutes", "Consultations last 5 to 240 minutes");
        }
        if (dailyCapacity < 1 || dailyCapacity > 200) {
            problems.put("dailyCapacity", "Daily capacity is 1 to 200 patients");
        }
        if (specializations == null || specializations.isEmpty()) {
            problems.put("specializations", "Choose at least one specialization");
        } else {
            for (String code : specializations) {
                Specialization specialization = em.find(Specialization.class, code);
                if (specialization == null || specialization.isRetired()) {
                    problems.put("specializations", code + " is not a current specialization");
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidPatientDataException(problems);
        }
        DoctorProfile profile = em.createNamedQuery(DoctorProfile.BY_USERNAME, DoctorProfile.class)
                .setParameter("username", username).getResultStream().findFirst().orElse(null);
        boolean created = profile == null;
        if (created) {
            profile = new DoctorProfile(username);
        }
        profile.describe(department, newVisitMinutes, followUpMinutes, dailyCapacity, languages == null ? List.of() : languages,
                specializations);
        if (created) {
            em.persist(profile); // after describe(): the identity insert happens at once
        }
    }

    public void addWorkingHours(String username, WeeklySession session) {
        Map<String, String> problems = new TreeMap<>();
        if (session.day() == null) {
            problems.put("day", "Choose the day of the week");
        }
        if (session.start() == null || session.end() == null || session.start().equals(session.end())) {
            problems.put("end", "Give a start and a different end time (an earlier end runs past midnight)");
        }
        if (session.room() == null || session.room().isBlank()) {
            problems.put("room", "Room is required");
        }
        if (session.effectiveFrom() == null) {
            problems.put("effectiveFrom", "From which date does this apply?");
        }
        if (!problems.isEmpty()) {
            throw new InvalidPatientDataException(problems);
        }
        if (session.effectiveUntil() != null && session.effectiveUntil().isBefore(session.effectiveFrom())) {
            throw new InvalidPatientDataException(Map.of("effectiveUntil", "A template cannot end before it starts"));
        }
        DoctorProfile doctor = profile(username);
        em.persist(new WorkingHours(doctor, session));
        templateChanged(doctor);
    }

    /**
     * Records leave, a holiday, training or an extra session. Returns the booked appointments that the
     * doctor can no longer see (to be offered for reassignment, {@link AssignmentService#reassign}).
     */
    public List<AppointmentView> addScheduleChange(String username, ScheduleChange change, String note) {
        DoctorProfile doctor = profile(username);
        em.persist(new ScheduleChangeEntry(doctor, change, note));
        templateChanged(doctor);
        if (!change.kind().isBlocking()) {
            return List.of();
        }
        return em.createQuery("SELECT a FROM Appointment a JOIN FETCH a.patient JOIN FETCH a.doctor WHERE a.doctor = :doctor"
                        + " AND a.status = :booked AND a.startsAt < :end AND a.endsAt > :start ORDER BY a.startsAt", Appointment.class)
                .setParameter("doctor", doctor).setParameter("booked", AppointmentStatus.BOOKED)
                .setParameter("start", change.interval().start()).setParameter("end", change.interval().end())
                .getResultStream().map(AppointmentView::of).toList();
    }

    /** Adds a specialization to the managed list, or renames one (and brings a retired one back). */
    public SpecializationView saveSpecialization(String code, String name) {
        Map<String, String> problems = new TreeMap<>();
        String cleanCode = code == null ? "" : code.strip().toUpperCase(Locale.ROOT).replace(' ', '_');
        if (!cleanCode.matches("[A-Z][A-Z0-9_]{1,39}")) {
            problems.put("code", "A code is 2 to 40 letters, digits or underscores, starting with a letter");
        }
        if (name == null || name.isBlank() || name.strip().length() > 100) {
            problems.put("name", "Name is required (at most 100 characters)");
        }
        if (!problems.isEmpty()) {
            throw new InvalidPatientDataException(problems);
        }
        Specialization specialization = em.find(Specialization.class, cleanCode);
        if (specialization == null) {
            specialization = new Specialization(cleanCode, name.strip());
            em.persist(specialization);
        } else {
            specialization.rename(name.strip());
            specialization.reinstate();
        }
        return new SpecializationView(specialization.getCode(), specialization.getName(), false);
    }

    /** Takes a specialization off the lists for new bookings; doctors and past appointments keep it. */
    public void retireSpecialization(String code) {
        Specialization specialization = code == null ? null : em.find(Specialization.class, code);
        if (specialization == null) {
            throw new InvalidPatientDataException(Map.of("code", "No specialization has the code " + code));
        }
        specialization.retire();
    }

    public List<WorkingHoursView> workingHours(String username) {
        return em.createQuery("SELECT w FROM WorkingHours w WHERE w.doctor = :doctor ORDER BY w.day, w.start", WorkingHours.class)
                .setParameter("doctor", profile(username)).getResultStream()
                .map(w -> new WorkingHoursView(w.getId(), w.toSession())).toList();
    }

    /** Ends a template line after {@code lastDay} (a new line then takes over, e.g. from next month). */
    public void endWorkingHours(long workingHoursId, LocalDate lastDay) {
        WorkingHours line = em.find(WorkingHours.class, workingHoursId);
        if (line == null) {
            throw new InvalidPatientDataException(Map.of("workingHours", "No such template line"));
        }
        if (lastDay == null || lastDay.isBefore(line.toSession().effectiveFrom().minusDays(1))) {
            throw new InvalidPatientDataException(Map.of("lastDay", "The last day cannot be before the line starts"));
        }
        line.endAfter(lastDay);
        templateChanged(line.getDoctor());
    }

    /** Exceptions that have not ended yet, in time order. */
    public List<ScheduleChangeView> upcomingChanges(String username) {
        return em.createQuery("SELECT c FROM ScheduleChangeEntry c WHERE c.doctor = :doctor AND c.endsAt > :now ORDER BY c.startsAt",
                        ScheduleChangeEntry.class)
                .setParameter("doctor", profile(username)).setParameter("now", Instant.now()).getResultStream()
                .map(c -> new ScheduleChangeView(c.getId(), c.toChange(), c.getNote())).toList();
    }

    /**
     * A template or an exception of the doctor changed: the profile's version moves with it, so that every
     * server's kept copy of the calendar is re-read ({@link AvailabilityBoard}).
     */
    private void templateChanged(DoctorProfile doctor) {
        em.lock(doctor, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    }

    DoctorProfile profile(String username) {
        return em.createNamedQuery(DoctorProfile.BY_USERNAME, DoctorProfile.class)
                .setParameter("username", username).getResultStream().findFirst()
                .orElseThrow(() -> new InvalidPatientDataException(Map.of("doctor", "No doctor profile for " + username)));
    }
}
