package org.hpms.it.billing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import javax.sql.DataSource;
import org.hpms.billing.application.BillingJobRun;
import org.hpms.billing.application.BillingJobs;
import org.hpms.billing.application.BillingPlans;
import org.hpms.billing.application.ChargeCapture;
import org.hpms.billing.application.InvoiceView;
import org.hpms.billing.application.Invoicing;
import org.hpms.billing.domain.InvoiceStatus;
import org.hpms.it.support.Deployments;
import org.hpms.it.support.PatientFixtures;
import org.hpms.it.support.Sql;
import org.hpms.it.support.Staff;
import org.hpms.patient.application.PatientRegistrationService;
import org.hpms.patient.domain.InvalidPatientDataException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The billing-cycle job on the real batch runtime and database: one invoice per account with the same
 * prices, discounts and insurance split as the desk; accounts that cannot be billed skipped and recorded
 * with the reason; a run that fails half-way is restarted and every charge ends on exactly one invoice.
 */
@ExtendWith(ArquillianExtension.class)
class BillingCycleIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.applicationWithTests(BillingCycleIT.class);
    }

    @EJB(lookup = "java:global/hpms/hpms-ejb/PatientRegistrationService")
    PatientRegistrationService registration;
    @EJB(lookup = "java:global/hpms/hpms-ejb/ChargeCapture")
    ChargeCapture charges;
    @EJB(lookup = "java:global/hpms/hpms-ejb/Invoicing")
    Invoicing invoicing;
    @EJB(lookup = "java:global/hpms/hpms-ejb/BillingPlans")
    BillingPlans plans;
    @EJB(lookup = "java:global/hpms/hpms-ejb/BillingJobs")
    BillingJobs jobs;

    @Resource(lookup = "java:jboss/datasources/HpmsLocalDS")
    DataSource dataSource;

    @Test
    void aCycleInvoicesEachAccountOnceAtTheDesksPricesAndRecordsWhatItCannotBill() throws Exception {
        String plain = patient();
        billing(() -> charges.enter(plain, "PROC-ECG", 1, null, "ECG in the cardiac clinic"));
        billing(() -> charges.enter(plain, "BED-GENERAL", 3, null, "Three nights, general ward"));
        String insured = patient();
        Staff.as(Staff.RECEPTIONIST, () -> run(() -> plans.set(insured, "SENIOR", "METLIFE-BD", "ML-" + PatientFixtures.uniqueDigits(8))));
        billing(() -> charges.enter(insured, "BED-ICU", 2, null, "Two nights in intensive care"));
        billing(() -> charges.enter(insured, "PROC-DRESSING", 1, null, "Dressing on the ward"));
        String adjustedAway = patient();
        billing(() -> charges.enter(adjustedAway, "PROC-NEBULISATION", 1, null, "Nebulisation in emergency"));
        billing(() -> charges.adjust(adjustedAway, new BigDecimal("-500.00"), "Goodwill for a long wait"));
        Instant cutoff = Instant.now().truncatedTo(ChronoUnit.MICROS);
        String later = patient();
        billing(() -> charges.enter(later, "PROC-ECG", 1, null, "ECG after the cut-off"));

        BillingJobRun run = finished(billing(() -> jobs.startBillingCycle(cutoff, 2)));
        assertEquals("COMPLETED", run.status());
        assertTrue(run.skipped() >= 1, "the account adjusted below zero: " + run);

        InvoiceView plainInvoice = onlyInvoice(plain);
        assertEquals(InvoiceStatus.ISSUED, plainInvoice.status());
        assertEquals(new BigDecimal("5000.00"), plainInvoice.total(), "ECG 500.00 + 3 x 1500.00");
        assertEquals(cutoff, plainInvoice.billedUntil());
        assertTrue(plainInvoice.number().matches("INV-\\d{4}-\\d{6}"), plainInvoice.number());
        assertEquals(List.of("0"), Sql.column(dataSource, "SELECT MAX(CAST(SUBSTRING_INDEX(number, '-', -1) AS UNSIGNED))"
                + " - MIN(CAST(SUBSTRING_INDEX(number, '-', -1) AS UNSIGNED)) + 1 - COUNT(*) FROM billing_invoice"
                + " WHERE kind = 'INVOICE' AND number LIKE CONCAT('INV-', YEAR(NOW()), '-%')"), "the year's invoice numbers have no gap");
        // ICU 2 x 18000.00 and dressing 400.00 (+15% VAT), senior 20% off, MetLife covers both less 10% co-pay
        InvoiceView insuredInvoice = onlyInvoice(insured);
        assertEquals(new BigDecimal("36400.00"), insuredInvoice.gross());
        assertEquals(new BigDecimal("7280.00"), insuredInvoice.discount());
        assertEquals(new BigDecimal("48.00"), insuredInvoice.tax());
        assertEquals(new BigDecimal("29168.00"), insuredInvoice.total());
        assertEquals(new BigDecimal("26251.20"), insuredInvoice.insurerShare());
        assertEquals(new BigDecimal("2916.80"), insuredInvoice.patientShare());
        assertEquals("SENIOR", insuredInvoice.discountScheme());

        assertEquals(List.of(), billing(() -> invoicing.ofPatient(adjustedAway)), "skipped");
        assertEquals(List.of("PROC-NEBULISATION|The adjustments take off more than the charges come to (-200.00)",
                        "ADJUSTMENT|The adjustments take off more than the charges come to (-200.00)"),
                billing(() -> jobs.exceptions(run.executionId(), 100)).stream().filter(e -> e.mrn().equals(adjustedAway))
                        .map(e -> e.serviceCode() + "|" + e.reason()).toList());
        assertEquals(List.of(), billing(() -> invoicing.ofPatient(later)), "rendered after the cut-off");

        BillingJobRun second = finished(billing(() -> jobs.startBillingCycle(Instant.now(), 50)));
        assertEquals("COMPLETED", second.status());
        assertEquals(1, billing(() -> invoicing.ofPatient(plain)).size(), "nothing billed twice");
        assertEquals(1, billing(() -> invoicing.ofPatient(later)).size(), "now within the cut-off");
        assertEquals(List.of("0"), Sql.column(dataSource, "SELECT COUNT(*) FROM (SELECT l.charge_id FROM billing_invoice_line l"
                + " JOIN billing_invoice i ON i.id = l.invoice_id WHERE i.status <> 'VOID' AND i.kind = 'INVOICE' GROUP BY l.charge_id HAVING COUNT(*) > 1) twice"));
    }

    @Test
    void aRunThatFailsHalfWayIsRestartedAndBillsEveryChargeExactlyOnce() throws Exception {
        List<String> patients = patientsCharged(12, "PROC-ECG", "BED-GENERAL");
        // The database refuses the lines of the eighth account (a stand-in for a lost connection, a full disk).
        billing(() -> charges.adjust(patients.get(7), new BigDecimal("10.00"), "FAIL-CYCLE-IT surcharge"));
        Instant cutoff = Instant.now().truncatedTo(ChronoUnit.MICROS);
        execute("CREATE TRIGGER it_fail_billing_cycle BEFORE INSERT ON billing_invoice_line FOR EACH ROW BEGIN"
                + " IF NEW.description LIKE '%FAIL-CYCLE-IT%' THEN SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'simulated failure';"
                + " END IF; END");
        BillingJobRun failed;
        try {
            failed = finished(billing(() -> jobs.startBillingCycle(cutoff, 3)));
        } finally {
            execute("DROP TRIGGER it_fail_billing_cycle");
        }
        assertEquals("FAILED", failed.status());
        long billedBeforeRestart = patients.stream().filter(mrn -> invoicesOf(mrn) == 1).count();
        assertTrue(billedBeforeRestart > 0 && billedBeforeRestart < patients.size(), "failed half-way: " + billedBeforeRestart);

        BillingJobRun restarted = finished(billing(() -> jobs.restart(failed.executionId())));
        assertEquals("COMPLETED", restarted.status());
        assertEquals(cutoff, restarted.cutoff(), "the restart bills up to the same cut-off");
        for (String mrn : patients) {
            assertEquals(1, invoicesOf(mrn), mrn + " has one invoice");
        }
        assertEquals(List.of("0"), Sql.column(dataSource, "SELECT COUNT(*) FROM billing_charge c JOIN patient p ON p.id = c.patient_id"
                + " WHERE p.mrn IN (" + String.join(",", patients.stream().map(m -> "'" + m + "'").toList()) + ") AND c.status <> 'BILLED'"));
        assertEquals(List.of("0"), Sql.column(dataSource, "SELECT COUNT(*) FROM (SELECT l.charge_id FROM billing_invoice_line l"
                + " JOIN billing_invoice i ON i.id = l.invoice_id WHERE i.status <> 'VOID' AND i.kind = 'INVOICE' GROUP BY l.charge_id HAVING COUNT(*) > 1) twice"));
        assertEquals(new BigDecimal("2010.00"), onlyInvoice(patients.get(7)).total());
    }

    /**
     * Exactly once through a crash needs the chunk's checkpoint (the last account it read, in the job
     * repository) to commit in the transaction that wrote the chunk's invoices: a checkpoint committed on
     * its own, even a moment before them, is a checkpoint past invoices a crash can lose, and the restart
     * never bills those accounts. A trigger on the job repository's checkpoint column records, as the
     * checkpoint moves past one of this test's accounts, whether that account's invoice is part of the
     * same transaction.
     */
    @Test
    void eachChunksCheckpointCommitsInTheTransactionThatWroteItsInvoices() throws Exception {
        List<String> patients = patientsCharged(6, "PROC-ECG");
        Instant cutoff = Instant.now().truncatedTo(ChronoUnit.MICROS);
        String ours = String.join(",", patients.stream().map(m -> "'" + m + "'").toList());
        execute("CREATE TABLE it_checkpoint_seen (patient_id BIGINT NOT NULL, invoices_in_transaction INT NOT NULL)");
        // The reader's checkpoint is a serialized java.lang.Long: its last 8 bytes are the patient id.
        execute("CREATE TRIGGER it_checkpoint_watch AFTER UPDATE ON PARTITION_EXECUTION FOR EACH ROW BEGIN"
                + " DECLARE last_account BIGINT;"
                + " IF NEW.READERCHECKPOINTINFO IS NOT NULL AND NOT (NEW.READERCHECKPOINTINFO <=> OLD.READERCHECKPOINTINFO) THEN"
                + "  SET last_account = CAST(CONV(HEX(RIGHT(NEW.READERCHECKPOINTINFO, 8)), 16, 10) AS UNSIGNED);"
                + "  IF last_account IN (SELECT id FROM patient WHERE mrn IN (" + ours + ")) THEN"
                + "   INSERT INTO it_checkpoint_seen VALUES (last_account, (SELECT COUNT(*) FROM billing_invoice WHERE patient_id = last_account));"
                + "  END IF;"
                + " END IF; END");
        List<String> seen;
        try {
            BillingJobRun run = finished(billing(() -> jobs.startBillingCycle(cutoff, 2, 1)));
            assertEquals("COMPLETED", run.status());
            seen = Sql.column(dataSource, "SELECT invoices_in_transaction FROM it_checkpoint_seen");
        } finally {
            execute("DROP TRIGGER IF EXISTS it_checkpoint_watch");
            execute("DROP TABLE IF EXISTS it_checkpoint_seen");
        }
        for (String mrn : patients) {
            assertEquals(1, invoicesOf(mrn), mrn + " has one invoice");
        }
        // Six accounts in a row in chunks of two: at least two chunks end on one of them.
        assertTrue(seen.size() >= 2, "checkpoints past this test's accounts: " + seen);
        assertEquals(seen.stream().map(s -> "1").toList(), seen,
                "each checkpoint is written in the transaction that holds the invoice of the account it moves past");
    }

    @Test
    void onlyBillingStaffRunTheCycleAndNotIntoTheFuture() throws Exception {
        assertThrows(EJBAccessException.class, () -> Staff.as(Staff.DOCTOR, () -> jobs.runs(10)));
        assertThrows(EJBAccessException.class, () -> Staff.as(Staff.NURSE, () -> jobs.startBillingCycle(Instant.now(), 10)));
        Map<String, String> future = assertThrows(InvalidPatientDataException.class,
                () -> billing(() -> jobs.startBillingCycle(Instant.now().plusSeconds(3600), 10))).getFieldErrors();
        assertEquals("Bill up to a moment that has passed", future.get("cutoff"));
    }

    /** Polls as one logged-in identity: a login per poll would spend a bcrypt check (a core for 0.4 s) every 200 ms. */
    private BillingJobRun finished(long executionId) throws Exception {
        return billing(() -> {
            Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
            while (Instant.now().isBefore(deadline)) {
                BillingJobRun run = jobs.run(executionId);
                if (!run.running()) {
                    return run;
                }
                Thread.sleep(200);
            }
            throw new AssertionError("billing cycle " + executionId + " did not finish in 3 minutes");
        });
    }

    private InvoiceView onlyInvoice(String mrn) throws Exception {
        List<InvoiceView> invoices = billing(() -> invoicing.ofPatient(mrn));
        assertEquals(1, invoices.size(), mrn + ": " + invoices);
        return invoices.get(0);
    }

    private int invoicesOf(String mrn) {
        try {
            return billing(() -> invoicing.ofPatient(mrn)).size();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private void execute(String sql) throws Exception {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    /** New patients, one after the other, each charged once for each of these services. */
    private List<String> patientsCharged(int count, String... serviceCodes) throws Exception {
        List<String> patients = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String mrn = patient();
            patients.add(mrn);
            for (String code : serviceCodes) {
                billing(() -> charges.enter(mrn, code, 1, null, "Rendered before the cycle: " + code));
            }
        }
        return patients;
    }

    private String patient() throws Exception {
        return Staff.as(Staff.RECEPTIONIST, () -> registration.register(PatientFixtures.demographics("Cycle", PatientFixtures.uniqueWord("Account"))))
                .toString();
    }

    private static <T> T billing(Callable<T> work) throws Exception {
        return Staff.as(Staff.BILLING, work);
    }

    private static Object run(Runnable work) {
        work.run();
        return null;
    }
}
