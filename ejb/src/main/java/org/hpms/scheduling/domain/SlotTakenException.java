package org.hpms.scheduling.domain;

import jakarta.ejb.ApplicationException;

/** Somebody else booked this doctor's time first: an expected answer under contention, not an error. */
@ApplicationException(rollback = true)
public class SlotTakenException extends RuntimeException {

    public SlotTakenException() {
        super("This slot was just taken; choose another one");
    }
}
