package org.hpms.scheduling.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * A series of visits at the same local time (weekly physiotherapy x 8). Repeats in the hospital's
 * local time, so a series that crosses a clock change keeps its time on the wall clock.
 */
public record RecurringSeries(Instant firstStart, Duration length, int everyDays, int count) {

    public static final int MAX_VISITS = 52;

    public RecurringSeries {
        if (count < 2 || count > MAX_VISITS) {
            throw new IllegalArgumentException("A series has 2 to " + MAX_VISITS + " visits");
        }
        if (everyDays < 1 || everyDays > 90) {
            throw new IllegalArgumentException("Visits of a series are 1 to 90 days apart");
        }
    }

    public List<TimeInterval> visits(ZoneId zone) {
        ZonedDateTime first = firstStart.atZone(zone);
        List<TimeInterval> visits = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Instant start = first.plusDays((long) i * everyDays).toInstant();
            visits.add(new TimeInterval(start, start.plus(length)));
        }
        return visits;
    }
}
