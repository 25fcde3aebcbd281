package org.hpms.billing.domain;

/** Money in, or money given back through the gateway it came in by. */
public enum PaymentKind {
    PAYMENT, REFUND
}
