package org.hpms.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.hpms.it.support.Deployments;
import org.hpms.it.support.LabLoad;
import org.hpms.it.support.LabSystems;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Lab result ingestion end to end: an external JMS client (a lab identity, over the HTTP port, persistent
 * delivery, 16 producer connections: fewer post slower than the consumer takes them, and the figure would
 * be the posting rate) posts 100,000 ORU^R01 of 3 to 10 OBX, each for an order of one of the
 * bench patients; a time is taken when each message's ACK arrives on LabAcks (posted -> read, matched,
 * filed, acknowledged). Baseline in the same run: the same texts through the same broker to an MDB
 * that only inserts the raw text into one table. Results in target/bench/lab-ingestion.md; timings
 * are reported, never asserted (the counts are).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LabIngestionBenchmark {

    /** Messages per second the producers posted at in the last run of each path: when a consumer keeps up, this bounds its rate. */
    private double hpmsPostedPerSecond;
    private double baselinePostedPerSecond;

    static final int MESSAGES = Integer.getInteger("hpms.bench.labMessages", 100_000);
    /** Messages of each path before the measured ones: on 2 busy cores the server's C2 compiler was still compiling the hot path minutes after 2,000 and after 20,000 (JFR). */
    static final int WARM_UP = Integer.getInteger("hpms.bench.labWarmUp", 40_000);
    static final int PRODUCERS = Integer.getInteger("hpms.bench.labProducers", 16);
    static final String BASELINE_QUEUE = "LabBaselineBench";

    @Deployment(name = "hpms", testable = false)
    static EnterpriseArchive application() {
        return Deployments.application();
    }

    @Deployment(name = "baseline", managed = false, testable = false)
    static JavaArchive baseline() {
        return ShrinkWrap.create(JavaArchive.class, "hpms-bench-baseline.jar").addClass(RawInsertConsumer.class);
    }

    @ArquillianResource
    Deployer deployer;

    private final String run = "B" + Long.toString(System.currentTimeMillis(), 36).toUpperCase();
    private final String lab = "bench-lab-" + run.toLowerCase();
    private final String password = "Bench-" + UUID.randomUUID();
    private LabLoad.Producers producers;

    @Test
    void ingestionThroughputAgainstARawInsertConsumer() throws Exception {
        LabSystems.add(lab, password);
        // The test server's journal keeps what earlier test runs left unconsumed (orders no lab takes, dead letters):
        // live records in old journal files make the broker compact over and over, which a real server would not.
        cli("/subsystem=messaging-activemq/server=default/jms-queue=LabOrders:remove-messages",
                "/subsystem=messaging-activemq/server=default/jms-queue=DLQ:remove-messages");
        cli("/subsystem=messaging-activemq/server=default/jms-queue=" + BASELINE_QUEUE + ":add(entries=[java:/jms/queue/" + BASELINE_QUEUE + "])",
                "/subsystem=messaging-activemq/server=default/security-setting=jms.queue." + BASELINE_QUEUE + ":add",
                "/subsystem=messaging-activemq/server=default/security-setting=jms.queue." + BASELINE_QUEUE + "/role=LAB_SYSTEM:add(send=true)");
        execute("CREATE TABLE IF NOT EXISTS bench_raw_message (id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY, control_id VARCHAR(199),"
                + " sent_at_ms BIGINT, body MEDIUMTEXT, inserted_at DATETIME(6)) ENGINE = InnoDB");
        execute("TRUNCATE TABLE bench_raw_message");
        deployer.deploy("baseline");
        try {
            List<String> messages = messages(WARM_UP + MESSAGES);
            ActiveMQConnectionFactory factory = new ActiveMQConnectionFactory(LabSystems.BROKER_URL);
            producers = new LabLoad.Producers(factory, lab, password, PRODUCERS);
            // Warm-up: both paths, not measured.
            measureHpms(messages.subList(0, WARM_UP));
            measureBaseline(messages.subList(0, WARM_UP));
            execute("TRUNCATE TABLE bench_raw_message");

            Map<String, Long> beforeMeasured = databaseCounters();
            LatencyStats hpms = measureHpms(messages.subList(WARM_UP, messages.size()));
            Map<String, Long> afterHpms = databaseCounters();
            LatencyStats baseline = measureBaseline(messages.subList(WARM_UP, messages.size()));

            long stored = count("SELECT COUNT(*) FROM lab_message WHERE control_id LIKE '" + run + "-%' AND status = 'STORED'");
            long observations = count("SELECT COUNT(*) FROM lab_observation o JOIN lab_message m ON m.id = o.message_id"
                    + " WHERE m.control_id LIKE '" + run + "-%'");
            long expectedObservations = messages.stream().mapToLong(m -> m.split("\rOBX\\|", -1).length - 1).sum();
            assertEquals(WARM_UP + MESSAGES, stored, "every message filed, once");
            assertEquals(expectedObservations, observations, "every observation stored");
            report(hpms, baseline, DatabaseCounters.delta(beforeMeasured, afterHpms));
        } finally {
            if (producers != null) {
                producers.close();
            }
            deployer.undeploy("baseline");
            cli("/subsystem=messaging-activemq/server=default/security-setting=jms.queue." + BASELINE_QUEUE + ":remove",
                    "/subsystem=messaging-activemq/server=default/jms-queue=" + BASELINE_QUEUE + ":remove");
            execute("DROP TABLE IF EXISTS bench_raw_message");
            LabSystems.remove(lab);
        }
    }

    /** Posts the messages to LabResults and times each until its ACK arrives on LabAcks. */
    private LatencyStats measureHpms(List<String> messages) throws Exception {
        Map<String, Long> sentAt = new ConcurrentHashMap<>();
        long[] latencies = new long[messages.size()];
        AtomicInteger acknowledged = new AtomicInteger();
        ActiveMQConnectionFactory factory = new ActiveMQConnectionFactory(LabSystems.BROKER_URL);
        long started;
        try (JMSContext ackContext = factory.createContext(lab, password);
             JMSConsumer acks = ackContext.createConsumer(ackContext.createQueue("jms.queue.LabAcks"))) {
            Thread reader = new Thread(() -> {
                while (acknowledged.get() < messages.size()) {
                    String ack = acks.receiveBody(String.class, 600_000);
                    if (ack == null) {
                        return;
                    }
                    long now = System.nanoTime();
                    Long sent = sentAt.remove(LabLoad.controlIdOf(ack));
                    if (sent != null) {
                        assertTrue(ack.contains("\rMSA|AA|"), ack);
                        latencies[acknowledged.getAndIncrement()] = now - sent;
                    }
                }
            }, "bench-acks");
            reader.start();
            started = System.nanoTime();
            producers.send("jms.queue.LabResults", messages, (producer, text) -> sentAt.put(LabLoad.controlIdOf(text), System.nanoTime()));
            hpmsPostedPerSecond = messages.size() / ((System.nanoTime() - started) / 1e9);
            reader.join(TimeUnit.MINUTES.toMillis(60));
        }
        long wall = System.nanoTime() - started;
        assertEquals(messages.size(), acknowledged.get(), "an ACK for every message");
        return new LatencyStats("HPMS ingestion (ORU^R01 -> filed + ACK)", latencies, wall);
    }

    /** Posts the same texts to the raw-insert MDB and times each until its row is in the table (database clock). */
    private LatencyStats measureBaseline(List<String> messages) throws Exception {
        long startedMillis = System.currentTimeMillis();
        producers.send("jms.queue." + BASELINE_QUEUE, messages, (producer, text) -> producer
                .setProperty("benchControlId", LabLoad.controlIdOf(text)).setProperty("benchSentAtMillis", System.currentTimeMillis()));
        baselinePostedPerSecond = messages.size() / ((System.currentTimeMillis() - startedMillis) / 1e3);
        long deadline = System.currentTimeMillis() + TimeUnit.MINUTES.toMillis(30);
        while (count("SELECT COUNT(*) FROM bench_raw_message") < messages.size() && System.currentTimeMillis() < deadline) {
            Thread.sleep(200);
        }
        long[] latencies = new long[messages.size()];
        long lastInsert = startedMillis;
        try (Connection connection = database(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT sent_at_ms, inserted_at FROM bench_raw_message")) {
            int i = 0;
            while (rows.next()) {
                long inserted = rows.getTimestamp(2).getTime();
                latencies[i++] = TimeUnit.MILLISECONDS.toNanos(Math.max(0, inserted - rows.getLong(1)));
                lastInsert = Math.max(lastInsert, inserted);
            }
            assertEquals(messages.size(), i, "the baseline took every message");
        }
        return new LatencyStats("raw insert MDB (baseline)", latencies, TimeUnit.MILLISECONDS.toNanos(lastInsert - startedMillis));
    }

    /** One ORU^R01 per order of this run: the orders are written first, straight to the database, for bench patients. */
    private List<String> messages(int count) throws Exception {
        try (Connection connection = database()) {
            return LabLoad.ordersAndResults(connection, run, count, 42);
        }
    }

    private void report(LatencyStats hpms, LatencyStats baseline, Map<String, Long> counters) throws Exception {
        Path directory = Path.of("target", "bench");
        Files.createDirectories(directory);
        StringBuilder report = new StringBuilder()
                .append("# Lab result ingestion (").append(MESSAGES).append(" ORU^R01, 3-10 OBX, ").append(PRODUCERS)
                .append(" producers, persistent, external client over the HTTP port)\n\n")
                .append("| path | messages | p50 ms | p95 ms | p99 ms | messages/s |\n|---|---|---|---|---|---|\n");
        for (LatencyStats stats : List.of(hpms, baseline)) {
            report.append(String.format(Locale.ROOT, "| %s | %d | %.1f | %.1f | %.1f | %.0f |%n", stats.name(), stats.nanos().length,
                    stats.percentileMillis(50), stats.percentileMillis(95), stats.percentileMillis(99), stats.perSecond()));
        }
        report.append(String.format(Locale.ROOT, "%nThroughput ratio HPMS / baseline: %.2f (goal >= 0.5). Goal >= 1,000 messages/s.%n",
                hpms.perSecond() / baseline.perSecond()));
        report.append(String.format(Locale.ROOT, "%nPosted by the %d producers at: %.0f messages/s (HPMS run), %.0f messages/s (baseline run).%n",
                PRODUCERS, hpmsPostedPerSecond, baselinePostedPerSecond));
        report.append("\nDatabase statements per message (HPMS path): ");
        counters.forEach((name, value) -> report.append(String.format(Locale.ROOT, "%s %.1f; ", name, value / (double) MESSAGES)));
        report.append('\n');
        Files.writeString(directory.resolve("lab-ingestion.md"), report.toString(), StandardCharsets.UTF_8);
        System.out.println(report);
    }

    private Map<String, Long> databaseCounters() throws Exception {
        try (Connection connection = database()) {
            return DatabaseCounters.read(connection);
        }
    }

    private static void cli(String... commands) throws Exception {
        LabSystems.cli(System.getProperty("jboss.home"), Integer.getInteger("hpms.it.managementPort"), commands);
    }

    private static Connection database() throws Exception {
        return DriverManager.getConnection(System.getProperty("hpms.it.dbUrl"), "hpms", "hpms-test");
    }

    private static void execute(String sql) throws Exception {
        try (Connection connection = database(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static long count(String sql) throws Exception {
        try (Connection connection = database(); Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        }
    }
}
