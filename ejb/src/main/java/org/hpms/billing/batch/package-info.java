/**
 * The billing cycle (Jakarta Batch job {@code billing-cycle}): reads every patient's unbilled charges
 * up to a cut-off as one account ({@link org.hpms.billing.batch.BillableAccountReader}), prices it
 * ({@link org.hpms.billing.batch.AccountPricer}) and writes issued invoices in bulk
 * ({@link org.hpms.billing.batch.InvoiceBatchWriter}); accounts that cannot be billed are skipped and
 * recorded with the reason ({@link org.hpms.billing.batch.UnbillableAccountRecorder}).
 */
package org.hpms.billing.batch;
