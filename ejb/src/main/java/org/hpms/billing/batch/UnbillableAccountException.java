package org.hpms.billing.batch;

/** An account the cycle cannot invoice at all (nothing priced, or adjustments beyond its charges): skipped, recorded, tried next time. */
public class UnbillableAccountException extends Exception {

    public UnbillableAccountException(String reason) {
        super(reason);
    }
}
