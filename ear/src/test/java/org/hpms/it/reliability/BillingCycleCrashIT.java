package org.hpms.it.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hpms.it.support.Sql;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Exactly once through a crash of the billing cycle: a second WildFly bills 20,000 charges of 2,000
 * patients in chunks of 10 accounts and is killed with SIGKILL half-way. After the restart the
 * interrupted execution shows as failed and is restarted (through the REST API, as an operator would):
 * every charge is billed exactly once, one invoice per patient, every total equal to the SQL
 * computation, and the invoice numbers have no gap.
 */
class BillingCycleCrashIT {

    static final int PATIENTS = 2_000;
    static final String[] SERVICES = {"CONS-GENERAL_MEDICINE-NEW", "LAB-PANEL-CBC", "LAB-CHEM-GLU", "BED-GENERAL", "PROC-ECG",
            "PROC-DRESSING", "PROC-NEBULISATION", "LAB-PANEL-BMP", "CONS-CARDIOLOGY-FOLLOW_UP", "BED-SEMI-PRIVATE"};
    private static final Pattern EXECUTION = Pattern.compile("\"executionId\"\\s*:\\s*(\\d+)");
    private static final Pattern STATUS = Pattern.compile("\"status\"\\s*:\\s*\"([A-Z]+)\"");

    private final CrashServer server = new CrashServer("hpms_crash_billing");
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aBillingCycleKilledHalfWayBillsEveryChargeOnceAfterItsRestart() throws Exception {
        server.prepare(PATIENTS);
        Instant cutoff = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        long charges = loadCharges(cutoff);
        server.start();

        long execution = execution(post("billing-jobs/billing-cycle", "{\"cutoff\": \"" + cutoff + "\", \"accountsPerChunk\": 10}"));
        long invoicedAtKill = awaitInvoices(300);
        server.kill();
        assertTrue(invoicedAtKill < PATIENTS, "killed during the run (" + invoicedAtKill + " invoices)");
        System.out.printf("Killed (SIGKILL) with %,d of %,d accounts invoiced; restarting%n", invoicedAtKill, PATIENTS);

        server.start();
        assertEquals("FAILED", status(get("billing-jobs/executions/" + execution)), "the interrupted run shows as failed");
        long restarted = execution(post("billing-jobs/executions/" + execution + "/restart", ""));
        String finished = awaitFinished(restarted);
        assertEquals("COMPLETED", status(finished), finished);

        assertEquals(charges, server.count("SELECT COUNT(*) FROM billing_charge WHERE status = 'BILLED'"), "every charge billed");
        assertEquals(0, server.count("SELECT COUNT(*) FROM (SELECT charge_id FROM billing_invoice_line GROUP BY charge_id HAVING COUNT(*) > 1) t"),
                "no charge on two invoices");
        assertEquals(PATIENTS, server.count("SELECT COUNT(*) FROM billing_invoice"), "one invoice per patient");
        assertEquals(PATIENTS, server.count("SELECT COUNT(DISTINCT patient_id) FROM billing_invoice"));
        assertEquals(0, server.count("SELECT COUNT(*) FROM billing_invoice i JOIN (" + sqlTotals() + ") b ON b.patient_id = i.patient_id"
                + " WHERE b.total <> i.total") + (PATIENTS - server.count("SELECT COUNT(*) FROM (" + sqlTotals() + ") b")),
                "every total equals the SQL computation");
        assertEquals(PATIENTS, server.count("SELECT MAX(CAST(SUBSTRING_INDEX(number, '-', -1) AS UNSIGNED))"
                + " - MIN(CAST(SUBSTRING_INDEX(number, '-', -1) AS UNSIGNED)) + 1 FROM billing_invoice"), "invoice numbers without a gap");
    }

    @AfterEach
    void stopServer() throws Exception {
        server.close();
    }

    private long loadCharges(Instant cutoff) throws Exception {
        StringBuilder services = new StringBuilder();
        for (int i = 0; i < SERVICES.length; i++) {
            services.append(i == 0 ? "" : " UNION ALL ").append("SELECT ").append(i).append(" AS n, '").append(SERVICES[i]).append("' AS code");
        }
        try (Connection connection = server.connect(); PreparedStatement insert = connection.prepareStatement("INSERT INTO billing_charge"
                + " (id, public_id, patient_id, source_type, source_ref, service_code, description, quantity, department, rendered_at, status,"
                + " created_at, created_by, updated_at, updated_by, version) SELECT ? + ROW_NUMBER() OVER (ORDER BY p.id, c.n) - 1, UUID(), p.id,"
                + " 'PROCEDURE', CONCAT('crash-', p.id, '-', c.n), c.code, s.name, 1 + c.n % 3, s.department, TIMESTAMPADD(HOUR, -c.n - 1, ?),"
                + " 'UNBILLED', NOW(6), 'crash', NOW(6), 'crash', 0 FROM patient p CROSS JOIN (" + services + ") c"
                + " JOIN billing_service s ON s.code = c.code")) {
            insert.setLong(1, Sql.reserveIds(connection, "BILLING_CHARGE", server.count("SELECT COUNT(*) FROM patient") * SERVICES.length));
            insert.setTimestamp(2, Timestamp.from(cutoff));
            return insert.executeUpdate();
        }
    }

    /** Each patient's invoice total computed in SQL: price of the day, VAT on the line, no discounts in this data set. */
    private static String sqlTotals() {
        return "SELECT c.patient_id, SUM(ROUND(p.amount * c.quantity, 2) + ROUND(ROUND(p.amount * c.quantity, 2) * s.tax_rate / 100, 2)) AS total"
                + " FROM billing_charge c JOIN billing_service s ON s.code = c.service_code JOIN billing_price p ON p.service_id = s.id"
                + " AND p.currency = 'BDT' GROUP BY c.patient_id";
    }

    private long awaitInvoices(long atLeast) throws Exception {
        long deadline = System.currentTimeMillis() + TimeUnit.MINUTES.toMillis(3);
        while (System.currentTimeMillis() < deadline) {
            long invoices = server.count("SELECT COUNT(*) FROM billing_invoice");
            if (invoices >= atLeast) {
                return invoices;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("fewer than " + atLeast + " invoices after 3 minutes");
    }

    private String awaitFinished(long execution) throws Exception {
        long deadline = System.currentTimeMillis() + TimeUnit.MINUTES.toMillis(5);
        while (System.currentTimeMillis() < deadline) {
            String run = get("billing-jobs/executions/" + execution);
            if (run.contains("\"running\":false") || run.contains("\"running\" : false")) {
                return run;
            }
            Thread.sleep(1_000); // each poll is an HTTP Basic login (a bcrypt check on the server): not to starve the job
        }
        throw new AssertionError("the restarted run did not finish in 5 minutes");
    }

    private String post(String path, String body) throws Exception {
        HttpResponse<String> response = http.send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.isEmpty() ? "{}" : body)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(202, response.statusCode(), response.body());
        return response.body();
    }

    private String get(String path) throws Exception {
        HttpResponse<String> response = http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        return response.body();
    }

    private static HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(CrashServer.apiUrl() + path)).header("Authorization", "Basic " + Base64.getEncoder()
                .encodeToString(("admin:" + CrashServer.ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8)));
    }

    private static long execution(String json) {
        Matcher matcher = EXECUTION.matcher(json);
        assertTrue(matcher.find(), json);
        return Long.parseLong(matcher.group(1));
    }

    private static String status(String json) {
        Matcher matcher = STATUS.matcher(json);
        assertTrue(matcher.find(), json);
        return matcher.group(1);
    }
}
