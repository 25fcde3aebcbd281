package org.hpms.billing.domain;

/** Unbilled until an invoice takes it; cancelled when its source was cancelled before it was billed. */
public enum ChargeStatus {
    UNBILLED, BILLED, CANCELLED
}
