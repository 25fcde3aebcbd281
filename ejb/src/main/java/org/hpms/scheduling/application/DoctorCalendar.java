package org.hpms.scheduling.application;

import jakarta.persistence.EntityManager;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.hpms.scheduling.domain.AppointmentStatus;
import org.hpms.scheduling.domain.DoctorTerms;
import org.hpms.scheduling.domain.ScheduleChange;
import org.hpms.scheduling.domain.ScheduleChangeKind;
import org.hpms.scheduling.domain.Slot;
import org.hpms.scheduling.domain.SlotCalculator;
import org.hpms.scheduling.domain.TimeInterval;
import org.hpms.scheduling.domain.VisitType;
import org.hpms.scheduling.domain.WeeklySession;

/**
 * One doctor's template, exceptions and bookings around a range of dates, as values (read for many doctors
 * at once in three queries; {@link AvailabilityBoard} keeps them between requests). Immutable but for
 * {@code firstFree}, what it has already worked out of itself.
 */
record DoctorCalendar(DoctorTerms doctor, List<WeeklySession> template, List<ScheduleChange> changes, List<TimeInterval> booked,
                      LocalDate from, LocalDate until, ZoneId zone, FirstFree firstFree) {

    private static final Comparator<TimeInterval> BY_START = Comparator.comparing(TimeInterval::start);

    /** Bookings are kept in start order: a stretch of dates is then found by binary search, not a scan. */
    DoctorCalendar {
        if (!inStartOrder(booked)) {
            List<TimeInterval> sorted = new ArrayList<>(booked);
            sorted.sort(BY_START);
            booked = List.copyOf(sorted);
        }
    }

    DoctorCalendar(DoctorTerms doctor, List<WeeklySession> template, List<ScheduleChange> changes, List<TimeInterval> booked,
                   LocalDate from, LocalDate until, ZoneId zone) {
        this(doctor, template, changes, booked, from, until, zone, new FirstFree());
    }

    /**
     * The first free slot of each date (for a visit length, on a day with capacity left), worked out once
     * per calendar: assignment asks it of every doctor of a specialization on every request, and a kept
     * calendar changes only by a booking, which touches a day or two. Safe to share between threads.
     */
    static final class FirstFree {

        private record Key(LocalDate date, long minutes) {
        }

        private final Map<Key, Optional<Slot>> byDate;

        FirstFree() {
            this(new ConcurrentHashMap<>());
        }

        private FirstFree(Map<Key, Optional<Slot>> byDate) {
            this.byDate = byDate;
        }

        /** The date's first free slot for the visit length, worked out by {@code work} the first time it is asked. */
        Optional<Slot> on(LocalDate date, long minutes, Supplier<Optional<Slot>> work) {
            return byDate.computeIfAbsent(new Key(date, minutes), key -> work.get());
        }

        /** What is known of every date but those from {@code first} to {@code last}. */
        FirstFree without(LocalDate first, LocalDate last) {
            Map<Key, Optional<Slot>> kept = new ConcurrentHashMap<>(byDate);
            kept.keySet().removeIf(key -> !key.date().isBefore(first) && !key.date().isAfter(last));
            return new FirstFree(kept);
        }
    }

    static DoctorCalendar of(EntityManager em, DoctorTerms doctor, LocalDate from, LocalDate until, ZoneId zone) {
        return of(em, List.of(doctor), from, until, zone).get(doctor.id());
    }

    /**
     * The calendars of the given doctors over the same dates, in three queries (not three per doctor).
     * Reads values, not entities: hydrating hundreds of rows per request was most of assignment's cost.
     */
    static Map<Long, DoctorCalendar> of(EntityManager em, List<DoctorTerms> doctors, LocalDate from, LocalDate until, ZoneId zone) {
        if (doctors.isEmpty()) {
            return Map.of();
        }
        List<Long> ids = doctors.stream().map(DoctorTerms::id).toList();
        Map<Long, List<WeeklySession>> templates = em.createQuery("SELECT w.doctor.id, w.day, w.start, w.end, w.room, w.effectiveFrom,"
                        + " w.effectiveUntil FROM WorkingHours w WHERE w.doctor.id IN :doctors", Object[].class)
                .setParameter("doctors", ids).getResultStream()
                .collect(Collectors.groupingBy(row -> (Long) row[0], Collectors.mapping(row -> new WeeklySession((DayOfWeek) row[1],
                        (LocalTime) row[2], (LocalTime) row[3], (String) row[4], (LocalDate) row[5], (LocalDate) row[6]), Collectors.toList())));
        // A day on each side: sessions and leave that cross midnight into the range.
        Instant rangeStart = from.minusDays(1).atStartOfDay(zone).toInstant();
        Instant rangeEnd = until.plusDays(2).atStartOfDay(zone).toInstant();
        Map<Long, List<ScheduleChange>> changes = em.createQuery("SELECT c.doctor.id, c.kind, c.startsAt, c.endsAt, c.room"
                        + " FROM ScheduleChangeEntry c WHERE c.doctor.id IN :doctors AND c.startsAt < :end AND c.endsAt > :start",
                        Object[].class)
                .setParameter("doctors", ids).setParameter("start", rangeStart).setParameter("end", rangeEnd).getResultStream()
                .collect(Collectors.groupingBy(row -> (Long) row[0], Collectors.mapping(row -> new ScheduleChange((ScheduleChangeKind) row[1],
                        new TimeInterval((Instant) row[2], (Instant) row[3]), (String) row[4]), Collectors.toList())));
        Map<Long, List<TimeInterval>> booked = bookings(em, ids, from, until, zone);
        Map<Long, DoctorCalendar> calendars = new HashMap<>();
        for (DoctorTerms doctor : doctors) {
            calendars.put(doctor.id(), new DoctorCalendar(doctor, List.copyOf(templates.getOrDefault(doctor.id(), List.of())),
                    List.copyOf(changes.getOrDefault(doctor.id(), List.of())), List.copyOf(booked.getOrDefault(doctor.id(), List.of())),
                    from, until, zone));
        }
        return calendars;
    }

    /**
     * The doctors' bookings around the dates (a day on each side), times only: none of the appointments'
     * encrypted columns are read. By the doctors' ids, so that the database range-scans each doctor's
     * (doctor, start) index entries instead of all of the doctor's history.
     */
    static Map<Long, List<TimeInterval>> bookings(EntityManager em, List<Long> ids, LocalDate from, LocalDate until, ZoneId zone) {
        Instant rangeStart = from.minusDays(1).atStartOfDay(zone).toInstant();
        Instant rangeEnd = until.plusDays(2).atStartOfDay(zone).toInstant();
        return em.createQuery("SELECT a.doctor.id, a.startsAt, a.endsAt FROM Appointment a"
                        + " WHERE a.doctor.id IN :doctors AND a.status <> :cancelled AND a.startsAt < :end AND a.endsAt > :start"
                        + " AND a.startsAt > :earliest", Object[].class)
                .setParameter("doctors", ids)
                .setParameter("cancelled", AppointmentStatus.CANCELLED)
                .setParameter("start", rangeStart).setParameter("end", rangeEnd)
                // a lower bound on the indexed start, so that the doctor's years of past visits are not scanned (no visit lasts a day)
                .setParameter("earliest", rangeStart.minus(Duration.ofDays(1))).getResultStream()
                .collect(Collectors.groupingBy(row -> (Long) row[0], Collectors.mapping(row -> new TimeInterval((Instant) row[1],
                        (Instant) row[2]), Collectors.toList())));
    }

    /** The same calendar with its bookings read again. */
    DoctorCalendar withBookings(List<TimeInterval> again) {
        return new DoctorCalendar(doctor, template, changes, List.copyOf(again), from, until, zone, new FirstFree());
    }

    /** True when the calendar holds everything about the dates (which the read around them made sure of). */
    boolean covers(LocalDate first, LocalDate last, ZoneId otherZone) {
        return zone.equals(otherZone) && !first.isBefore(from) && !last.isAfter(until);
    }

    /**
     * The same calendar over fewer dates, with only the bookings around them (free-slot searches walk every
     * booking); what is known of those dates' first free slots is shared (the same bookings decide them).
     */
    DoctorCalendar over(LocalDate first, LocalDate last) {
        return new DoctorCalendar(doctor, template, changes, around(first, last), first, last, zone, firstFree);
    }

    /** The bookings that can touch a slot starting on the dates: those from a day before to a day after. */
    private List<TimeInterval> around(LocalDate first, LocalDate last) {
        Instant start = first.minusDays(1).atStartOfDay(zone).toInstant();
        Instant end = last.plusDays(2).atStartOfDay(zone).toInstant();
        // no visit lasts a day: an earlier start cannot reach into the stretch
        List<TimeInterval> around = booked.subList(firstStartingFrom(start.minus(Duration.ofDays(1))), firstStartingFrom(end));
        return around.stream().filter(b -> b.end().isAfter(start)).toList();
    }

    /**
     * With one more booking (made by this server, see {@link AvailabilityBoard#booked}); the first free slots
     * of the dates it can touch (a slot of the day before may run past midnight into it) are forgotten.
     */
    DoctorCalendar with(TimeInterval booking) {
        List<TimeInterval> more = new ArrayList<>(booked.size() + 1);
        more.addAll(booked);
        more.add(firstStartingFrom(booking.start()), booking);
        FirstFree rest = firstFree.without(booking.start().atZone(zone).toLocalDate().minusDays(1), booking.end().atZone(zone).toLocalDate());
        return new DoctorCalendar(doctor, template, changes, List.copyOf(more), from, until, zone, rest);
    }

    List<Slot> freeSlots(VisitType visitType, Instant notBefore) {
        return SlotCalculator.freeSlots(template, changes, booked, from, until, zone,
                Duration.ofMinutes(doctor.minutesFor(visitType)), notBefore);
    }

    /**
     * The earliest free slot from {@code notBefore} that starts before {@code before}, on a day the doctor
     * still has capacity: the same slot as the first of {@link #freeSlots} on such a day, found day by day
     * over the dates of the two instants that this calendar holds (assignment asks this of every doctor of a
     * specialization and needs only the first).
     */
    Optional<Slot> firstFreeSlot(VisitType visitType, Instant notBefore, Instant before) {
        long minutes = doctor.minutesFor(visitType);
        LocalDate first = latest(from, notBefore.atZone(zone).toLocalDate());
        LocalDate last = earliest(until, before.atZone(zone).toLocalDate());
        for (LocalDate date = first; !date.isAfter(last); date = date.plusDays(1)) {
            Instant dayStart = date.atStartOfDay(zone).toInstant();
            LocalDate day = date;
            Optional<Slot> free = notBefore.isAfter(dayStart)
                    ? firstFreeOn(day, minutes, notBefore) // part of the day has passed: worked out for this request only
                    : firstFree.on(day, minutes, () -> firstFreeOn(day, minutes, dayStart));
            if (free.isPresent()) {
                return free.filter(slot -> slot.interval().start().isBefore(before));
            }
        }
        return Optional.empty();
    }

    private Optional<Slot> firstFreeOn(LocalDate date, long minutes, Instant notBefore) {
        if (bookedOn(date) >= doctor.dailyCapacity()) {
            return Optional.empty();
        }
        return SlotCalculator.freeSlots(template, changes, around(date, date), date, date, zone, Duration.ofMinutes(minutes), notBefore)
                .stream().findFirst();
    }

    private static LocalDate latest(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate earliest(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    /** True when a kept booking overlaps the stretch (a booking made here since a proposal was read). */
    boolean bookedDuring(TimeInterval stretch) {
        // no visit lasts a day: an earlier start cannot reach into the stretch
        return booked.subList(firstStartingFrom(stretch.start().minus(Duration.ofDays(1))), firstStartingFrom(stretch.end())).stream()
                .anyMatch(stretch::overlaps);
    }

    /** Bookings that start on the date (for the daily capacity). */
    long bookedOn(LocalDate date) {
        Instant start = date.atStartOfDay(zone).toInstant();
        Instant end = date.plusDays(1).atStartOfDay(zone).toInstant();
        return firstStartingFrom(end) - firstStartingFrom(start);
    }

    /** The index of the first booking that starts at or after the instant (the size when none does). */
    private int firstStartingFrom(Instant instant) {
        int low = 0;
        int high = booked.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (booked.get(middle).start().isBefore(instant)) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    private static boolean inStartOrder(List<TimeInterval> intervals) {
        for (int i = 1; i < intervals.size(); i++) {
            if (intervals.get(i).start().isBefore(intervals.get(i - 1).start())) {
                return false;
            }
        }
        return true;
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
