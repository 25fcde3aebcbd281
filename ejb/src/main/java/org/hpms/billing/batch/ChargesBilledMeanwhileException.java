package org.hpms.billing.batch;

/** Some charges of a chunk were billed by someone else while it was priced: the chunk rolls back and is retried. */
public class ChargesBilledMeanwhileException extends RuntimeException {

    public ChargesBilledMeanwhileException(int charges) {
        super(charges + " charges of this chunk were billed meanwhile");
    }
}
