package org.hpms.billing.application;

import java.time.Instant;

/**
 * One execution of the billing-cycle job as the admin screen lists it: its batch status, the cut-off it
 * bills up to, and the step's counts (accounts read, invoices written, accounts skipped, chunks
 * committed and rolled back).
 */
public record BillingCycleRun(long executionId, long instanceId, String status, String exitStatus, Instant cutoff, Instant startedAt,
                              Instant endedAt, long accountsRead, long invoicesWritten, long accountsSkipped, long commits,
                              long rollbacks, boolean running, boolean restartable) {
}
