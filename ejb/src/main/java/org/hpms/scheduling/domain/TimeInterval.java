package org.hpms.scheduling.domain;

import java.time.Duration;
import java.time.Instant;

/** A half-open stretch of time [start, end). */
public record TimeInterval(Instant start, Instant end) implements Comparable<TimeInterval> {

    public TimeInterval {
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("An interval ends after it starts: " + start + " - " + end);
        }
    }

    public boolean overlaps(TimeInterval other) {
        return start.isBefore(other.end) && other.start.isBefore(end);
    }

    public boolean contains(TimeInterval other) {
        return !other.start.isBefore(start) && !other.end.isAfter(end);
    }

    public Duration length() {
        return Duration.between(start, end);
    }

    @Override
    public int compareTo(TimeInterval other) {
        int byStart = start.compareTo(other.start);
        return byStart != 0 ? byStart : end.compareTo(other.end);
    }
}
