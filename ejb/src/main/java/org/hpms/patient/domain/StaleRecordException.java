package org.hpms.patient.domain;

import jakarta.ejb.ApplicationException;
import java.time.Instant;

/** Somebody else saved the record after this user opened it; their change is not overwritten silently. */
@ApplicationException(rollback = true)
public class StaleRecordException extends RuntimeException {

    private final String changedBy;
    private final Instant changedAt;

    public StaleRecordException(String changedBy, Instant changedAt) {
        super("The record was changed by " + changedBy + " after you opened it; reload it and make your change again");
        this.changedBy = changedBy;
        this.changedAt = changedAt;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public Instant getChangedAt() {
        return changedAt;
    }
}
