package org.hpms.scheduling.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;

/**
 * One line of a doctor's weekly template: on this weekday from {@code start} to {@code end} local time
 * (an end at or before the start means the session runs past midnight), in a room, between two dates.
 */
public record WeeklySession(DayOfWeek day, LocalTime start, LocalTime end, String room, LocalDate effectiveFrom,
                            LocalDate effectiveUntil) {

    public boolean appliesOn(LocalDate date) {
        return date.getDayOfWeek() == day && !date.isBefore(effectiveFrom)
                && (effectiveUntil == null || !date.isAfter(effectiveUntil));
    }

    /**
     * The session on a date as real time. Local times that do not exist (the hour skipped when clocks go
     * forward) move forward by the gap; times that happen twice (clocks go back) take the earlier one,
     * so a session always lasts as long as the clock on the wall says, give or take the change itself.
     */
    public Optional<TimeInterval> on(LocalDate date, ZoneId zone) {
        if (!appliesOn(date)) {
            return Optional.empty();
        }
        LocalDate endDate = end.isAfter(start) ? date : date.plusDays(1);
        var from = date.atTime(start).atZone(zone).toInstant();
        var until = endDate.atTime(end).atZone(zone).toInstant();
        return until.isAfter(from) ? Optional.of(new TimeInterval(from, until)) : Optional.empty();
    }
}
