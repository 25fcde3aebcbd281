package org.hpms.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.hpms.it.support.ApiClient;
import org.hpms.it.support.Deployments;
import org.hpms.staff.application.PasswordHasher;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Payment API under load: 32 cashiers (each their own account and cashier session) take cash payments
 * through POST /api/v1/payments, each on its own issued invoice, over real HTTP with HTTP Basic (every
 * request authenticated: a bcrypt check). Baselines in the same run from the same 32 clients: an
 * authenticated read (GET /api/v1/cashier-sessions/current: the same HTTP and login cost, no payment)
 * and a plain JDBC INSERT of a payment row. Afterwards every measured invoice must be paid exactly once.
 * Results in target/bench/payment-api.md.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PaymentApiBenchmark {

    static final int CASHIERS = 32;
    static final int WARM_UP_PER_CASHIER = 10;
    static final int MEASURED_PER_CASHIER = 40;
    static final String PASSWORD = "Bench-Cashier-2026!";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    private final ApiClient api = new ApiClient();
    private final String run = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void thirtyTwoCashiersTakeCashPayments() throws Exception {
        int perCashier = WARM_UP_PER_CASHIER + MEASURED_PER_CASHIER;
        try (Connection db = database()) {
            cashiers(db);
            invoices(db, CASHIERS * perCashier);
        }
        for (int c = 0; c < CASHIERS; c++) {
            HttpResponse<String> opened = send(api.post("cashier-sessions", "{\"amount\": 1000.00}"), cashier(c));
            assertEquals(201, opened.statusCode(), opened.body());
        }
        ExecutorService pool = Executors.newFixedThreadPool(CASHIERS);
        try {
            measure(pool, "warm-up", WARM_UP_PER_CASHIER, (c, i) -> pay(c, c * perCashier + i));
            LatencyStats payments = measure(pool, "POST /payments (cash)", MEASURED_PER_CASHIER,
                    (c, i) -> pay(c, c * perCashier + WARM_UP_PER_CASHIER + i));
            LatencyStats reads = measure(pool, "baseline: GET /cashier-sessions/current", MEASURED_PER_CASHIER, (c, i) -> {
                HttpResponse<String> current = send(api.get("cashier-sessions/current"), cashier(c));
                assertEquals(200, current.statusCode(), current.body());
            });
            LatencyStats inserts;
            try (Connection ignored = database()) {
                inserts = measureInserts(pool);
            }
            long paidOnce;
            long payments1;
            try (Connection db = database()) {
                paidOnce = count(db, "SELECT COUNT(*) FROM billing_invoice WHERE number LIKE ? AND status = 'PAID' AND paid_amount = 1000.00",
                        "BENCH-PAY-" + run + "-%");
                payments1 = count(db, "SELECT COUNT(*) FROM billing_payment p JOIN billing_invoice i ON i.id = p.invoice_id"
                        + " WHERE i.number LIKE ?", "BENCH-PAY-" + run + "-%");
            }
            assertEquals((long) CASHIERS * perCashier, paidOnce, "every invoice paid in full");
            assertEquals((long) CASHIERS * perCashier, payments1, "one payment each");
            report(payments, reads, inserts);
        } finally {
            pool.shutdownNow();
        }
    }

    private void pay(int cashier, int invoice) throws Exception {
        HttpResponse<String> paid = send(api.post("payments", """
                {"invoiceNumber": "BENCH-PAY-%s-%d", "gateway": "CASH", "amount": 1000.00, "currency": "BDT"}""".formatted(run, invoice))
                .header("Idempotency-Key", UUID.randomUUID().toString()), cashier(cashier));
        assertEquals(201, paid.statusCode(), paid.body());
    }

    private interface Step {
        void run(int cashier, int index) throws Exception;
    }

    private LatencyStats measure(ExecutorService pool, String name, int perCashier, Step step) throws Exception {
        long[] nanos = new long[CASHIERS * perCashier];
        List<Future<?>> futures = new ArrayList<>();
        long started = System.nanoTime();
        for (int c = 0; c < CASHIERS; c++) {
            int cashier = c;
            futures.add(pool.submit((Callable<Void>) () -> {
                for (int i = 0; i < perCashier; i++) {
                    long t0 = System.nanoTime();
                    step.run(cashier, i);
                    nanos[cashier * perCashier + i] = System.nanoTime() - t0;
                }
                return null;
            }));
        }
        for (Future<?> future : futures) {
            future.get();
        }
        return new LatencyStats(name, nanos, System.nanoTime() - started);
    }

    private LatencyStats measureInserts(ExecutorService pool) throws Exception {
        try (Connection db = database(); Statement statement = db.createStatement()) {
            statement.execute("CREATE TABLE IF NOT EXISTS bench_plain_payment (id BIGINT AUTO_INCREMENT PRIMARY KEY, invoice_number VARCHAR(40),"
                    + " amount DECIMAL(14,2), idempotency_key VARCHAR(100) UNIQUE, paid_at DATETIME(6))");
        }
        List<Connection> connections = new ArrayList<>();
        for (int c = 0; c < CASHIERS; c++) {
            connections.add(database());
        }
        try {
            return measure(pool, "baseline: plain INSERT of a payment row", MEASURED_PER_CASHIER, (c, i) -> {
                try (PreparedStatement insert = connections.get(c).prepareStatement(
                        "INSERT INTO bench_plain_payment (invoice_number, amount, idempotency_key, paid_at) VALUES (?, 1000.00, ?, NOW(6))")) {
                    insert.setString(1, "BENCH-PAY-" + run + "-" + i);
                    insert.setString(2, UUID.randomUUID().toString());
                    insert.executeUpdate();
                }
            });
        } finally {
            for (Connection connection : connections) {
                connection.close();
            }
        }
    }

    private HttpResponse<String> send(java.net.http.HttpRequest.Builder request, String user) throws Exception {
        return api.http.send(request.header("Authorization", ApiClient.basic(user, PASSWORD)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String cashier(int index) {
        return String.format(Locale.ROOT, "bench.cashier.%02d", index);
    }

    /** 32 billing accounts (created once) with no session left open by an earlier run. */
    private static void cashiers(Connection db) throws Exception {
        String hash = PasswordHasher.hash(PASSWORD);
        for (int c = 0; c < CASHIERS; c++) {
            if (count(db, "SELECT COUNT(*) FROM staff_user WHERE username = ?", cashier(c)) == 0) {
                try (PreparedStatement user = db.prepareStatement("INSERT INTO staff_user (username, full_name, password_hash, password_changed_at,"
                        + " enabled, created_at, created_by, updated_at, updated_by, version) VALUES (?, ?, ?, NOW(6), TRUE, NOW(6), 'bench', NOW(6), 'bench', 0)")) {
                    user.setString(1, cashier(c));
                    user.setString(2, "Bench Cashier " + c);
                    user.setString(3, hash);
                    user.executeUpdate();
                }
                try (PreparedStatement role = db.prepareStatement("INSERT INTO staff_user_role (staff_user_id, role_name)"
                        + " SELECT id, 'BILLING' FROM staff_user WHERE username = ?")) {
                    role.setString(1, cashier(c));
                    role.executeUpdate();
                }
            }
        }
        try (Statement statement = db.createStatement()) {
            statement.executeUpdate("UPDATE billing_cashier_session SET closed_at = NOW(6), expected_cash = opening_balance,"
                    + " counted_cash = opening_balance WHERE cashier LIKE 'bench.cashier.%' AND closed_at IS NULL");
        }
    }

    /** Issued invoices of 1,000.00 BDT for as many patients, straight into the database. */
    private void invoices(Connection db, int count) throws Exception {
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO billing_invoice (public_id, number, kind, patient_id, status, currency,"
                + " gross_total, discount_total, tax_total, total, patient_share, insurer_share, paid_amount, credited_amount, billed_until,"
                + " issued_at, issued_by, created_at, created_by, updated_at, updated_by, version)"
                + " SELECT UUID(), CONCAT('BENCH-PAY-', ?, '-', ROW_NUMBER() OVER (ORDER BY p.id) - 1), 'INVOICE', p.id, 'ISSUED', 'BDT',"
                + " 1000.00, 0, 0, 1000.00, 1000.00, 0, 0, 0, NOW(6), NOW(6), 'bench', NOW(6), 'bench', NOW(6), 'bench', 0"
                + " FROM (SELECT id FROM patient ORDER BY id LIMIT ?) p")) {
            insert.setString(1, run);
            insert.setInt(2, count);
            insert.executeUpdate();
        }
    }

    private static long count(Connection db, String sql, Object... parameters) throws Exception {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    private static Connection database() throws Exception {
        return DriverManager.getConnection(System.getProperty("hpms.it.dbUrl"), "hpms", "hpms-test");
    }

    private static void report(LatencyStats payments, LatencyStats reads, LatencyStats inserts) throws Exception {
        StringBuilder report = new StringBuilder("# Payment API (" + CASHIERS + " cashiers, cash gateway, " + MEASURED_PER_CASHIER
                + " measured payments each after " + WARM_UP_PER_CASHIER + " warm-up; HTTP Basic on every request)\n\n")
                .append("| path | requests | p50 ms | p95 ms | p99 ms | per second |\n|---|---|---|---|---|---|\n");
        for (LatencyStats stats : List.of(payments, reads, inserts)) {
            report.append(String.format(Locale.ROOT, "| %s | %d | %.1f | %.1f | %.1f | %.1f |%n", stats.name(), stats.nanos().length,
                    stats.percentileMillis(50), stats.percentileMillis(95), stats.percentileMillis(99), stats.perSecond()));
        }
        report.append(String.format(Locale.ROOT, "%nPayments / authenticated reads: %.2f (throughput), p95 %.1fx. Payments / plain INSERTs: %.3f.%n",
                payments.perSecond() / reads.perSecond(), payments.percentileMillis(95) / reads.percentileMillis(95),
                payments.perSecond() / inserts.perSecond()));
        report.append("Every invoice paid in full by exactly one payment.\n");
        Path directory = Path.of("target", "bench");
        Files.createDirectories(directory);
        Files.writeString(directory.resolve("payment-api.md"), report.toString(), StandardCharsets.UTF_8);
        System.out.println(report);
    }
}
