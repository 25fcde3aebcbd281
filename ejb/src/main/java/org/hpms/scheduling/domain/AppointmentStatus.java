package org.hpms.scheduling.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * The day of an appointment: booked, the patient arrives (checked in), is seen, and the visit is
 * completed; or it is cancelled (with a reason) or the patient does not come (no-show, set after a
 * grace period). Completed, cancelled and no-show are final.
 */
public enum AppointmentStatus {
    BOOKED("Booked"), CHECKED_IN("Arrived"), IN_CONSULTATION("In consultation"), COMPLETED("Completed"),
    CANCELLED("Cancelled"), NO_SHOW("No-show");

    private final String label;

    AppointmentStatus(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }

    /** The statuses this one may change to. */
    public Set<AppointmentStatus> next() {
        return switch (this) {
            case BOOKED -> EnumSet.of(CHECKED_IN, CANCELLED, NO_SHOW);
            case CHECKED_IN -> EnumSet.of(IN_CONSULTATION, CANCELLED);
            case IN_CONSULTATION -> EnumSet.of(COMPLETED);
            case COMPLETED, CANCELLED, NO_SHOW -> EnumSet.noneOf(AppointmentStatus.class);
        };
    }

    public boolean canMoveTo(AppointmentStatus target) {
        return next().contains(target);
    }

    /** True while the appointment holds the doctor's and the patient's time. */
    public boolean holdsTime() {
        return this != CANCELLED;
    }
}
