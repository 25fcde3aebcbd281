package org.hpms.staff.domain;

import jakarta.ejb.ApplicationException;

/** A staff-account request that cannot be carried out; the message is meant for the administrator. */
@ApplicationException(rollback = true)
public class StaffAccountException extends RuntimeException {
    public StaffAccountException(String message) {
        super(message);
    }
}
