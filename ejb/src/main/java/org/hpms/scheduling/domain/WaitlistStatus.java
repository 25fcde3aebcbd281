package org.hpms.scheduling.domain;

/** A waitlisted patient waits, is offered a freed slot, takes it (booked) or leaves the list. */
public enum WaitlistStatus {
    WAITING, OFFERED, BOOKED, WITHDRAWN
}
