package org.hpms.billing.domain;

import jakarta.ejb.ApplicationException;

/** A gateway callback that is not believed (bad signature, unknown or mismatched payment, wrong amount): refused with the reason, nothing changed. */
@ApplicationException(rollback = true)
public class CallbackRefusedException extends RuntimeException {

    public CallbackRefusedException(String reason) {
        super(reason);
    }
}
