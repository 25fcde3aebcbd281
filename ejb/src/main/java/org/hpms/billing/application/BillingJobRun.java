package org.hpms.billing.application;

import java.time.Instant;

/**
 * One execution of a billing job (billing-cycle, payment-reconciliation) as the admin screen lists it:
 * its batch status, the cut-off a billing cycle bills up to, and the counts (items read: accounts or
 * payments; written: invoices or payments asked about; skipped; chunks committed and rolled back).
 */
public record BillingJobRun(String job, long executionId, long instanceId, String status, String exitStatus, Instant cutoff, Instant startedAt,
                              Instant endedAt, long read, long written, long skipped, long commits,
                              long rollbacks, boolean running, boolean restartable) {
}
