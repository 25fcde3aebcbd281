package org.hpms.audit.domain;

public enum AuditOutcome {
    /** Done as asked. */
    SUCCESS,
    /** Refused for a business reason (invalid data, duplicate). */
    REJECTED,
    /** Asked for something that does not exist. */
    NOT_FOUND
}
