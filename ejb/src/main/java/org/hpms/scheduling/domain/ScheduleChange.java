package org.hpms.scheduling.domain;

/** A dated exception to the weekly template: leave, a holiday, training, or an extra session (in a room). */
public record ScheduleChange(ScheduleChangeKind kind, TimeInterval interval, String room) {
}
