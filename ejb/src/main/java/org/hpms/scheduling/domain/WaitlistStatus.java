package org.hpms.scheduling.domain;

/** A waitlisted patient waits, is offered a freed slot, and takes it (booked) or declines it (waiting again). */
public enum WaitlistStatus {
    WAITING, OFFERED, BOOKED
}
