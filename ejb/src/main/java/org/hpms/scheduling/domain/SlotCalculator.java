package org.hpms.scheduling.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeMap;

/**
 * Free slots of a doctor: the sessions of the weekly template on each date plus extra sessions, minus
 * leave, holidays and training, minus what is already booked. Slots start at the beginning of a
 * session and follow each other at the consultation length; a slot must fit in its session, and
 * one that touches any blocking or booked time is not free. Pure logic, no clock: "now" is passed in.
 */
public final class SlotCalculator {

    private SlotCalculator() {
    }

    /**
     * Free slots starting on the dates {@code from} to {@code until} (inclusive, in {@code zone}), not
     * before {@code notBefore}, in time order.
     */
    public static List<Slot> freeSlots(Collection<WeeklySession> template, Collection<ScheduleChange> changes,
                                       Collection<TimeInterval> booked, LocalDate from, LocalDate until, ZoneId zone,
                                       Duration length, Instant notBefore) {
        if (length.isZero() || length.isNegative()) {
            throw new IllegalArgumentException("A consultation lasts some minutes");
        }
        Instant rangeStart = from.atStartOfDay(zone).toInstant();
        Instant rangeEnd = until.plusDays(1).atStartOfDay(zone).toInstant();
        List<Slot> sessions = new ArrayList<>();
        // A session of the day before may run past midnight into the range.
        for (LocalDate date = from.minusDays(1); !date.isAfter(until); date = date.plusDays(1)) {
            for (WeeklySession session : template) {
                LocalDate day = date;
                session.on(day, zone).ifPresent(interval -> sessions.add(new Slot(interval, session.room())));
            }
        }
        List<TimeInterval> blocked = new ArrayList<>(booked);
        for (ScheduleChange change : changes) {
            if (change.kind().isBlocking()) {
                blocked.add(change.interval());
            } else {
                sessions.add(new Slot(change.interval(), change.room()));
            }
        }
        // Blocked time merged into disjoint stretches by start, and the slots found so far by start: each
        // candidate is checked against its neighbours only (assignment does this for every slot of 50 doctors).
        TreeMap<Instant, Instant> busy = merged(blocked);
        TreeMap<Instant, Instant> taken = new TreeMap<>();
        List<Slot> free = new ArrayList<>();
        for (Slot session : sessions) {
            for (Instant start = session.interval().start(); !start.plus(length).isAfter(session.interval().end());
                 start = start.plus(length)) {
                if (start.isBefore(rangeStart) || !start.isBefore(rangeEnd) || start.isBefore(notBefore)) {
                    continue;
                }
                Instant end = start.plus(length);
                if (!overlapsAny(busy, start, end) && !overlapsAny(taken, start, end)) {
                    free.add(new Slot(new TimeInterval(start, end), session.room()));
                    taken.put(start, end);
                }
            }
        }
        free.sort((a, b) -> a.interval().compareTo(b.interval()));
        return free;
    }

    /** Disjoint stretches (start to end) covering the intervals, keyed by start. */
    private static TreeMap<Instant, Instant> merged(List<TimeInterval> intervals) {
        List<TimeInterval> sorted = new ArrayList<>(intervals);
        sorted.sort(null);
        TreeMap<Instant, Instant> stretches = new TreeMap<>();
        Instant currentStart = null;
        Instant currentEnd = null;
        for (TimeInterval interval : sorted) {
            if (currentEnd != null && !interval.start().isAfter(currentEnd)) {
                currentEnd = interval.end().isAfter(currentEnd) ? interval.end() : currentEnd;
            } else {
                if (currentStart != null) {
                    stretches.put(currentStart, currentEnd);
                }
                currentStart = interval.start();
                currentEnd = interval.end();
            }
        }
        if (currentStart != null) {
            stretches.put(currentStart, currentEnd);
        }
        return stretches;
    }

    /** Whether [start, end) overlaps a stretch of the map (disjoint stretches, or slots that never overlap). */
    private static boolean overlapsAny(TreeMap<Instant, Instant> stretches, Instant start, Instant end) {
        var before = stretches.lowerEntry(end); // the last stretch starting before the end
        return before != null && before.getValue().isAfter(start);
    }

    /** True when the whole interval lies in working time (template or extra session) and touches no blocking change. */
    public static boolean isWorkingTime(Collection<WeeklySession> template, Collection<ScheduleChange> changes,
                                        TimeInterval interval, ZoneId zone) {
        LocalDate day = interval.start().atZone(zone).toLocalDate();
        boolean inSession = false;
        for (LocalDate date = day.minusDays(1); !date.isAfter(day) && !inSession; date = date.plusDays(1)) {
            for (WeeklySession session : template) {
                if (session.on(date, zone).map(s -> s.contains(interval)).orElse(false)) {
                    inSession = true;
                }
            }
        }
        for (ScheduleChange change : changes) {
            if (change.kind().isBlocking() && change.interval().overlaps(interval)) {
                return false;
            }
            if (!change.kind().isBlocking() && change.interval().contains(interval)) {
                inSession = true;
            }
        }
        return inSession;
    }
}
