package org.hpms.billing.domain;

/** Pending until the gateway confirms (or a reconciliation learns the outcome); then succeeded or failed, for good. */
public enum PaymentStatus {
    PENDING, SUCCEEDED, FAILED
}
