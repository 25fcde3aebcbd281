package org.hpms.billing.domain;

/**
 * A rendered service was cancelled at its source (a procedure entered in error, a night that was not
 * spent): billing reverses its charge (cancelled while unbilled, a credit note once invoiced). Nothing
 * happens for a source that was never charged or is reversed already.
 */
public record ServiceCancelled(ChargeSourceType sourceType, String sourceRef, String reason) {
}
