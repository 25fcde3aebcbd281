package org.hpms.billing.application;

import java.time.Instant;

/** A charge a billing-cycle run could not bill, and why. */
public record BillingCycleException(long executionId, String mrn, String serviceCode, String reason, Instant recordedAt) {
}
