package org.hpms.scheduling.application;

import jakarta.persistence.EntityManager;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.hpms.scheduling.domain.AppointmentStatus;
import org.hpms.scheduling.domain.DoctorProfile;
import org.hpms.scheduling.domain.ScheduleChange;
import org.hpms.scheduling.domain.ScheduleChangeKind;
import org.hpms.scheduling.domain.Slot;
import org.hpms.scheduling.domain.SlotCalculator;
import org.hpms.scheduling.domain.TimeInterval;
import org.hpms.scheduling.domain.VisitType;
import org.hpms.scheduling.domain.WeeklySession;

/** One doctor's template, exceptions and bookings around a range of dates (read for many doctors at once in three queries). */
record DoctorCalendar(DoctorProfile doctor, List<WeeklySession> template, List<ScheduleChange> changes, List<TimeInterval> booked,
                      LocalDate from, LocalDate until, ZoneId zone) {

    static DoctorCalendar of(EntityManager em, DoctorProfile doctor, LocalDate from, LocalDate until, ZoneId zone) {
        String condition = "= :doctor";
        return load(em, List.of(doctor), condition, "doctor", doctor.getId(), templates(em, condition, "doctor", doctor.getId()),
                from, until, zone).get(doctor.getId());
    }

    /**
     * The calendars of the given practising doctors of a specialization over the same dates, in three
     * queries (not three per doctor; the templates mostly from {@link TemplateCache}): what automated
     * assignment and walk-ins read for every doctor of a specialization. Templates and changes pick the
     * doctors by a subquery rather than a list of ids: the same SQL every time, whose translation Hibernate reuses.
     */
    static Map<Long, DoctorCalendar> ofPractising(EntityManager em, List<DoctorProfile> doctors, String specialization,
                                                  LocalDate from, LocalDate until, ZoneId zone) {
        return load(em, doctors, PRACTISING, "code", specialization, TemplateCache.ofPractising(em, specialization), from, until, zone);
    }

    /** Picks the doctors who practise the specialization {@code :code}, applied to a doctor id. */
    static final String PRACTISING = "IN (SELECT p.id FROM DoctorProfile p JOIN p.specializations s WHERE s = :code AND p.active = true)";

    /** The template lines of the doctors the condition picks, by doctor id; values, not entities. */
    static Map<Long, List<WeeklySession>> templates(EntityManager em, String doctorCondition, String parameter, Object value) {
        return em.createQuery("SELECT w.doctor.id, w.day, w.start, w.end, w.room, w.effectiveFrom, w.effectiveUntil FROM WorkingHours w"
                        + " WHERE w.doctor.id " + doctorCondition, Object[].class)
                .setParameter(parameter, value).getResultStream()
                .collect(Collectors.groupingBy(row -> (Long) row[0], Collectors.mapping(row -> new WeeklySession((DayOfWeek) row[1],
                        (LocalTime) row[2], (LocalTime) row[3], (String) row[4], (LocalDate) row[5], (LocalDate) row[6]), Collectors.toList())));
    }

    /** Reads values, not entities: hydrating hundreds of rows per request was most of assignment's cost. */
    private static Map<Long, DoctorCalendar> load(EntityManager em, List<DoctorProfile> doctors, String doctorCondition,
                                                  String parameter, Object value, Map<Long, List<WeeklySession>> templates,
                                                  LocalDate from, LocalDate until, ZoneId zone) {
        if (doctors.isEmpty()) {
            return Map.of();
        }
        // A day on each side: sessions and leave that cross midnight into the range.
        Instant rangeStart = from.minusDays(1).atStartOfDay(zone).toInstant();
        Instant rangeEnd = until.plusDays(2).atStartOfDay(zone).toInstant();
        Map<Long, List<ScheduleChange>> changes = em.createQuery("SELECT c.doctor.id, c.kind, c.startsAt, c.endsAt, c.room"
                        + " FROM ScheduleChangeEntry c WHERE c.doctor.id " + doctorCondition + " AND c.startsAt < :end AND c.endsAt > :start",
                        Object[].class)
                .setParameter(parameter, value).setParameter("start", rangeStart).setParameter("end", rangeEnd).getResultStream()
                .collect(Collectors.groupingBy(row -> (Long) row[0], Collectors.mapping(row -> new ScheduleChange((ScheduleChangeKind) row[1],
                        new TimeInterval((Instant) row[2], (Instant) row[3]), (String) row[4]), Collectors.toList())));
        // Times only: none of the appointments' encrypted columns are read. By the doctors' ids, not the subquery: only
        // so does the database range-scan each doctor's (doctor, start) index entries instead of all of the doctor's history.
        Map<Long, List<TimeInterval>> booked = em.createQuery("SELECT a.doctor.id, a.startsAt, a.endsAt FROM Appointment a"
                        + " WHERE a.doctor.id IN :doctors AND a.status <> :cancelled AND a.startsAt < :end AND a.endsAt > :start"
                        + " AND a.startsAt > :earliest", Object[].class)
                .setParameter("doctors", doctors.stream().map(DoctorProfile::getId).toList())
                .setParameter("cancelled", AppointmentStatus.CANCELLED)
                .setParameter("start", rangeStart).setParameter("end", rangeEnd)
                // a lower bound on the indexed start, so that the doctor's years of past visits are not scanned (no visit lasts a day)
                .setParameter("earliest", rangeStart.minus(Duration.ofDays(1))).getResultStream()
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

    /**
     * The earliest free slot from {@code notBefore} that starts before {@code before}, on a day the doctor
     * still has capacity: the same slot as the first of {@link #freeSlots} on such a day, found day by day
     * (assignment asks this of every doctor of a specialization and needs only the first).
     */
    Optional<Slot> firstFreeSlot(VisitType visitType, Instant notBefore, Instant before) {
        Duration length = Duration.ofMinutes(doctor.minutesFor(visitType));
        for (LocalDate date = from; !date.isAfter(until); date = date.plusDays(1)) {
            if (bookedOn(date) >= doctor.getDailyCapacity()) {
                continue;
            }
            List<Slot> free = SlotCalculator.freeSlots(template, changes, booked, date, date, zone, length, notBefore);
            if (!free.isEmpty()) {
                return Optional.of(free.get(0)).filter(slot -> slot.interval().start().isBefore(before));
            }
        }
        return Optional.empty();
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
