package org.hpms.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import org.hpms.billing.application.BillingJobRun;
import org.hpms.billing.application.BillingJobs;
import org.hpms.it.support.Deployments;
import org.hpms.it.support.Sql;
import org.hpms.it.support.Staff;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The billing cycle over 1,000,000 unbilled charges of 100,000 patients (10 each: consultations, lab
 * tests, bed-days, a taxed procedure; every 10th patient a senior discount, every 7th insured): the
 * billing-cycle job run through the batch runtime as billing staff start it, wall time and charges/s,
 * chunk durations. Baseline in the same run: one plain SQL INSERT ... SELECT ... GROUP BY computing the
 * same invoice totals (same prices of the day, discount and VAT rounded per line), run before and after
 * the job; every patient's invoice total is compared with it. Results in target/bench/billing-cycle.md.
 */
@ExtendWith(ArquillianExtension.class)
class BillingCycleBenchmark {

    static final int PATIENTS = Integer.getInteger("hpms.bench.billingPatients", 100_000);
    static final int ACCOUNTS_PER_CHUNK = Integer.getInteger("hpms.bench.billingChunk", 500);
    static final int PARTITIONS = Integer.getInteger("hpms.bench.billingPartitions", BillingJobs.DEFAULT_PARTITIONS);
    static final String MARK = "bench-billing";
    /** Ten charges per patient: service code, quantity. */
    static final String[][] CHARGES = {{"CONS-GENERAL_MEDICINE-NEW", "1"}, {"CONS-CARDIOLOGY-FOLLOW_UP", "1"}, {"LAB-PANEL-CBC", "1"},
            {"LAB-CHEM-GLU", "1"}, {"LAB-PANEL-BMP", "1"}, {"BED-GENERAL", "2"}, {"BED-SEMI-PRIVATE", "1"}, {"PROC-ECG", "1"},
            {"PROC-DRESSING", "3"}, {"PROC-NEBULISATION", "2"}};

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.applicationWithTests(BillingCycleBenchmark.class, LatencyStats.class, DatabaseCounters.class);
    }

    @EJB(lookup = "java:global/hpms/hpms-ejb/BillingJobs")
    BillingJobs jobs;

    @Resource(lookup = "java:jboss/datasources/HpmsLocalDS")
    DataSource dataSource;

    @Test
    void billingCycleOverAMillionCharges() throws Exception {
        Instant cutoff = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            resetBilling(statement);
            loadCharges(connection, cutoff);
        }
        long charges = (long) PATIENTS * CHARGES.length;
        long baselineBefore = baseline(cutoff);

        Map<String, Long> before;
        try (Connection connection = dataSource.getConnection()) {
            before = DatabaseCounters.read(connection);
        }
        long started = System.nanoTime();
        long execution = Staff.as(Staff.BILLING, () -> jobs.startBillingCycle(cutoff, ACCOUNTS_PER_CHUNK, PARTITIONS));
        BillingJobRun run = finished(execution);
        long wall = System.nanoTime() - started;
        Map<String, Long> counters;
        try (Connection connection = dataSource.getConnection()) {
            counters = DatabaseCounters.delta(before, DatabaseCounters.read(connection));
        }
        assertEquals("COMPLETED", run.status(), run.toString());
        long baselineAfter = baseline(cutoff);

        assertEquals(PATIENTS, count("SELECT COUNT(*) FROM billing_invoice WHERE billed_until = ?", cutoff), "one invoice per patient");
        assertEquals(charges, count("SELECT COUNT(*) FROM billing_charge WHERE created_by = ? AND status = 'BILLED'", MARK), "every charge billed");
        assertEquals(0, count("SELECT COUNT(*) FROM (SELECT charge_id FROM billing_invoice_line GROUP BY charge_id HAVING COUNT(*) > 1) t"),
                "no charge billed twice");
        assertEquals(0, count("SELECT COUNT(*) FROM bench_invoice_total b LEFT JOIN billing_invoice i ON i.patient_id = b.patient_id"
                + " AND i.billed_until = ? WHERE i.total IS NULL OR i.total <> b.total", cutoff), "every total equals the SQL baseline's");

        report(run, charges, wall, baselineBefore, baselineAfter, chunkDurations(cutoff), counters);
    }

    private static void resetBilling(Statement statement) throws Exception {
        // The bench database only: earlier runs' billing rows go.
        statement.execute("SET FOREIGN_KEY_CHECKS = 0");
        for (String table : List.of("billing_cycle_exception", "billing_invoice_line", "billing_payment", "billing_invoice", "billing_charge",
                "billing_patient_plan")) {
            statement.execute("TRUNCATE TABLE " + table);
        }
        statement.execute("SET FOREIGN_KEY_CHECKS = 1");
        statement.execute("CREATE TABLE IF NOT EXISTS bench_invoice_total (patient_id BIGINT PRIMARY KEY, total DECIMAL(14,2) NOT NULL)");
    }

    private static void loadCharges(Connection connection, Instant cutoff) throws Exception {
        StringBuilder codes = new StringBuilder();
        for (int i = 0; i < CHARGES.length; i++) {
            codes.append(i == 0 ? "" : " UNION ALL ").append("SELECT ").append(i).append(" AS n, '").append(CHARGES[i][0]).append("' AS code, ")
                    .append(CHARGES[i][1]).append(" AS quantity");
        }
        long firstId = Sql.reserveIds(connection, "BILLING_CHARGE", (long) PATIENTS * CHARGES.length);
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO billing_charge (id, public_id, patient_id, source_type,"
                + " source_ref, service_code, description, quantity, department, rendered_at, status, created_at, created_by, updated_at,"
                + " updated_by, version)"
                + " SELECT ? + ROW_NUMBER() OVER (ORDER BY p.id, c.n) - 1, UUID(), p.id, 'PROCEDURE', CONCAT('bench-', p.id, '-', c.n), c.code,"
                + " s.name, c.quantity, s.department, TIMESTAMPADD(HOUR, -c.n - 1, ?), 'UNBILLED', NOW(6), ?, NOW(6), ?, 0"
                + " FROM (SELECT id FROM patient ORDER BY id LIMIT ?) p CROSS JOIN (" + codes + ") c JOIN billing_service s ON s.code = c.code")) {
            insert.setLong(1, firstId);
            insert.setTimestamp(2, Timestamp.from(cutoff));
            insert.setString(3, MARK);
            insert.setString(4, MARK);
            insert.setInt(5, PATIENTS);
            insert.executeUpdate();
        }
        try (PreparedStatement plans = connection.prepareStatement("INSERT INTO billing_patient_plan (patient_id, discount_scheme_id,"
                + " discount_requested_by, discount_approved_by, discount_approved_at, payer_id, created_at, created_by, updated_at, updated_by, version)"
                + " SELECT p.id, IF(p.id % 10 = 0, d.id, NULL), IF(p.id % 10 = 0, ?, NULL), IF(p.id % 10 = 0, ?, NULL), IF(p.id % 10 = 0, NOW(6), NULL),"
                + " IF(p.id % 7 = 0, m.id, NULL), NOW(6), ?, NOW(6), ?, 0"
                + " FROM (SELECT id FROM patient ORDER BY id LIMIT ?) p JOIN billing_discount_scheme d ON d.code = 'SENIOR'"
                + " JOIN billing_payer m ON m.code = 'METLIFE-BD' WHERE p.id % 10 = 0 OR p.id % 7 = 0")) {
            for (int i = 1; i <= 4; i++) {
                plans.setString(i, MARK);
            }
            plans.setInt(5, PATIENTS);
            plans.executeUpdate();
        }
    }

    /** The invoice totals in one SQL statement: price of the day, discount and VAT rounded per line as the invoice does. */
    private long baseline(Instant cutoff) throws Exception {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("TRUNCATE TABLE bench_invoice_total");
            long started = System.nanoTime();
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO bench_invoice_total (patient_id, total)"
                    + " SELECT x.patient_id, SUM(x.gross - x.discount + ROUND((x.gross - x.discount) * x.tax_rate / 100, 2)) FROM ("
                    + " SELECT c.patient_id, s.tax_rate, ROUND(p.amount * c.quantity, 2) AS gross,"
                    + " ROUND(ROUND(p.amount * c.quantity, 2) * COALESCE(d.percent, 0) / 100, 2) AS discount"
                    + " FROM billing_charge c JOIN billing_service s ON s.code = c.service_code"
                    + " JOIN billing_price p ON p.service_id = s.id AND p.currency = 'BDT' AND p.effective_from = (SELECT MAX(p2.effective_from)"
                    + " FROM billing_price p2 WHERE p2.service_id = s.id AND p2.currency = 'BDT' AND p2.effective_from <= DATE(c.rendered_at))"
                    + " LEFT JOIN billing_patient_plan pl ON pl.patient_id = c.patient_id AND pl.discount_approved_at IS NOT NULL"
                    + " LEFT JOIN billing_discount_scheme d ON d.id = pl.discount_scheme_id AND d.active"
                    + " WHERE c.created_by = ? AND c.rendered_at <= ?) x GROUP BY x.patient_id")) {
                insert.setString(1, MARK);
                insert.setTimestamp(2, Timestamp.from(cutoff));
                insert.executeUpdate();
            }
            return System.nanoTime() - started;
        }
    }

    /** How long each chunk took: the gaps between the chunks' commit stamps (all invoices of a chunk share one). */
    private long[] chunkDurations(Instant cutoff) throws Exception {
        List<Long> stamps = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("SELECT DISTINCT created_at FROM billing_invoice WHERE billed_until = ?"
                     + " ORDER BY created_at")) {
            select.setTimestamp(1, Timestamp.from(cutoff));
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    Instant at = rows.getTimestamp(1).toInstant();
                    stamps.add(at.getEpochSecond() * 1_000_000_000L + at.getNano());
                }
            }
        }
        long[] gaps = new long[Math.max(0, stamps.size() - 1)];
        for (int i = 1; i < stamps.size(); i++) {
            gaps[i - 1] = stamps.get(i) - stamps.get(i - 1);
        }
        return gaps;
    }

    private long count(String sql, Object... parameters) throws Exception {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i] instanceof Instant at ? Timestamp.from(at) : parameters[i]);
            }
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    /**
     * Polls as one logged-in identity. (It logged in for every poll until 2026-11-26: a bcrypt check, about
     * 0.4 s of a core, twice a second, which took most of a core away from the job it measured.)
     */
    private BillingJobRun finished(long execution) throws Exception {
        return Staff.as(Staff.BILLING, () -> {
            Instant deadline = Instant.now().plus(Duration.ofMinutes(30));
            while (Instant.now().isBefore(deadline)) {
                BillingJobRun run = jobs.run(execution);
                if (!run.running()) {
                    return run;
                }
                Thread.sleep(500);
            }
            throw new AssertionError("the billing cycle did not finish in 30 minutes");
        });
    }

    private static void report(BillingJobRun run, long charges, long wallNanos, long baselineBefore, long baselineAfter, long[] chunks,
                               Map<String, Long> counters) throws Exception {
        double seconds = wallNanos / 1e9;
        double baselineSeconds = (baselineBefore + baselineAfter) / 2e9;
        LatencyStats chunkStats = new LatencyStats("chunk of " + ACCOUNTS_PER_CHUNK + " accounts", chunks, wallNanos);
        StringBuilder report = new StringBuilder()
                .append("# Billing cycle (").append(String.format(Locale.ROOT, "%,d", charges)).append(" unbilled charges, ")
                .append(String.format(Locale.ROOT, "%,d", PATIENTS)).append(" patients, ").append(ACCOUNTS_PER_CHUNK)
                .append(" accounts per chunk, ").append(PARTITIONS).append(PARTITIONS == 1 ? " partition)\n\n" : " partitions)\n\n")
                .append("| path | wall s | charges/s | invoices/s |\n|---|---|---|---|\n")
                .append(String.format(Locale.ROOT, "| billing-cycle job | %.1f | %.0f | %.0f |%n", seconds, charges / seconds, PATIENTS / seconds))
                .append(String.format(Locale.ROOT, "| SQL INSERT ... SELECT ... GROUP BY (totals only; before %.1f s, after %.1f s) | %.1f | %.0f | %.0f |%n",
                        baselineBefore / 1e9, baselineAfter / 1e9, baselineSeconds, charges / baselineSeconds, PATIENTS / baselineSeconds))
                .append(String.format(Locale.ROOT, "%nJob / baseline wall time: %.1fx. Goal: under 120 s.%n", seconds / baselineSeconds))
                .append(String.format(Locale.ROOT, "Chunk durations (%d chunks): p50 %.0f ms, p95 %.0f ms, p99 %.0f ms.%n", chunks.length,
                        chunkStats.percentileMillis(50), chunkStats.percentileMillis(95), chunkStats.percentileMillis(99)))
                .append(String.format(Locale.ROOT, "Job: %s, %d accounts read, %d written, %d skipped, %d commits, %d rollbacks.%n", run.status(),
                        run.read(), run.written(), run.skipped(), run.commits(), run.rollbacks()))
                .append("Database statements during the job: ");
        counters.forEach((name, value) -> report.append(String.format(Locale.ROOT, "%s %,d; ", name, value)));
        report.append("\nEvery patient's invoice total equals the baseline's; no charge on two invoices.\n");
        Path directory = Path.of(System.getenv().getOrDefault("HPMS_BENCH_DIR", "target/bench"));
        Files.createDirectories(directory);
        Files.writeString(directory.resolve("billing-cycle.md"), report.toString(), StandardCharsets.UTF_8);
        System.out.println(report);
    }
}
