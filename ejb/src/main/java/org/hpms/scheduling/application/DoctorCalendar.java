package org.hpms.scheduling.application;

import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.hpms.scheduling.domain.AppointmentStatus;
import org.hpms.scheduling.domain.DoctorProfile;
import org.hpms.scheduling.domain.ScheduleChange;
import org.hpms.scheduling.domain.ScheduleChangeEntry;
import org.hpms.scheduling.domain.Slot;
import org.hpms.scheduling.domain.SlotCalculator;
import org.hpms.scheduling.domain.TimeInterval;
import org.hpms.scheduling.domain.VisitType;
import org.hpms.scheduling.domain.WeeklySession;
import org.hpms.scheduling.domain.WorkingHours;

/** One doctor's template, exceptions and bookings around a range of dates (read for many doctors at once in three queries). */
record DoctorCalendar(DoctorProfile doctor, List<WeeklySession> template, List<ScheduleChange> changes, List<TimeInterval> booked,
                      LocalDate from, LocalDate until, ZoneId zone) {

    static DoctorCalendar of(EntityManager em, DoctorProfile doctor, LocalDate from, LocalDate until, ZoneId zone) {
        return ofAll(em, List.of(doctor), from, until, zone).get(doctor.getId());
    }

    /**
     * The calendars of many doctors over the same dates in three queries (not three per doctor): what
     * automated assignment reads for every doctor of a specialization.
     */
    static Map<Long, DoctorCalendar> ofAll(EntityManager em, List<DoctorProfile> doctors, LocalDate from, LocalDate until, ZoneId zone) {
        if (doctors.isEmpty()) {
            return Map.of();
        }
        Instant rangeStart = from.minusDays(1).atStartOfDay(zone).toInstant();
        Instant rangeEnd = until.plusDays(2).atStartOfDay(zone).toInstant();
        Map<Long, List<WeeklySession>> templates = em.createQuery("SELECT w FROM WorkingHours w WHERE w.doctor IN :doctors",
                        WorkingHours.class).setParameter("doctors", doctors).getResultStream()
                .collect(Collectors.groupingBy(w -> w.getDoctor().getId(), Collectors.mapping(WorkingHours::toSession, Collectors.toList())));
        Map<Long, List<ScheduleChange>> changes = em.createQuery("SELECT c FROM ScheduleChangeEntry c WHERE c.doctor IN :doctors"
                        + " AND c.startsAt < :end AND c.endsAt > :start", ScheduleChangeEntry.class)
                .setParameter("doctors", doctors).setParameter("start", rangeStart).setParameter("end", rangeEnd).getResultStream()
                .collect(Collectors.groupingBy(c -> c.getDoctor().getId(), Collectors.mapping(ScheduleChangeEntry::toChange,
                        Collectors.toList())));
        // Times only: no appointment entities (and none of their encrypted columns) are loaded.
        Map<Long, List<TimeInterval>> booked = em.createQuery("SELECT a.doctor.id, a.startsAt, a.endsAt FROM Appointment a"
                        + " WHERE a.doctor IN :doctors AND a.status <> :cancelled AND a.startsAt < :end AND a.endsAt > :start", Object[].class)
                .setParameter("doctors", doctors).setParameter("cancelled", AppointmentStatus.CANCELLED)
                .setParameter("start", rangeStart).setParameter("end", rangeEnd).getResultStream()
                .collect(Collectors.groupingBy(row -> (Long) row[0], Collectors.mapping(row -> new TimeInterval((Instant) row[1],
                        (Instant) row[2]), Collectors.toList())));
        Map<Long, DoctorCalendar> calendars = new HashMap<>();
        for (DoctorProfile doctor : doctors) {
            calendars.put(doctor.getId(), new DoctorCalendar(doctor, templates.getOrDefault(doctor.getId(), List.of()),
                    changes.getOrDefault(doctor.getId(), List.of()), booked.getOrDefault(doctor.getId(), List.of()), from, until, zone));
        }
        return calendars;
    }

    List<Slot> freeSlots(VisitType visitType, Instant notBefore) {
        return SlotCalculator.freeSlots(template, changes, booked, from, until, zone,
                Duration.ofMinutes(doctor.minutesFor(visitType)), notBefore);
    }

    /** Bookings that start on the date (for the daily capacity). */
    long bookedOn(LocalDate date) {
        Instant start = date.atStartOfDay(zone).toInstant();
        Instant end = date.plusDays(1).atStartOfDay(zone).toInstant();
        return booked.stream().filter(b -> !b.start().isBefore(start) && b.start().isBefore(end)).count();
    }

    /** The blocking change (leave, holiday, training) that overlaps the stretch, if any. */
    Optional<ScheduleChange> absence(TimeInterval stretch) {
        return changes.stream().filter(c -> c.kind().isBlocking() && c.interval().overlaps(stretch)).findFirst();
    }

    /**
     * The working session (extra session first, else the template's) that holds the stretch, as the
     * session's interval and room; empty outside working time or during an absence.
     */
    Optional<Slot> sessionAround(TimeInterval stretch) {
        if (absence(stretch).isPresent()) {
            return Optional.empty();
        }
        for (ScheduleChange change : changes) {
            if (!change.kind().isBlocking() && change.interval().contains(stretch)) {
                return Optional.of(new Slot(change.interval(), change.room()));
            }
        }
        LocalDate day = stretch.start().atZone(zone).toLocalDate();
        for (LocalDate date = day.minusDays(1); !date.isAfter(day); date = date.plusDays(1)) {
            for (WeeklySession session : template) {
                Optional<TimeInterval> held = session.on(date, zone).filter(s -> s.contains(stretch));
                if (held.isPresent()) {
                    return Optional.of(new Slot(held.get(), session.room()));
                }
            }
        }
        return Optional.empty();
    }
}
