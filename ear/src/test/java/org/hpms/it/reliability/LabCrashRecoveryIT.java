package org.hpms.it.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.hpms.bench.PatientDataGenerator;
import org.hpms.it.support.LabLoad;
import org.hpms.it.support.LabSystems;
import org.hpms.shared.crypto.KeyRing;
import org.hpms.shared.crypto.PhiCipher;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Exactly once through a crash: a second WildFly (a copy of the built server, port offset 300, its own
 * database) takes 10,000 ORU^R01 from an external lab client and is killed with SIGKILL while it is
 * consuming them. After the restart every result is stored exactly once (count, and a checksum over
 * every decrypted observation value), every message was answered exactly once, nothing is left on
 * the queue, in the DLQ or in doubt in the database; the same 10,000 sent again store nothing more.
 */
class LabCrashRecoveryIT {

    static final int MESSAGES = 10_000;
    static final int OFFSET = 300;
    static final String DATABASE = "hpms_crash";

    private final Path server = Path.of("target", "crash-server");
    private final String run = "CRASH" + Long.toString(System.currentTimeMillis(), 36).toUpperCase();
    private final String lab = "crash-lab";
    private final String password = "Crash-" + UUID.randomUUID();
    private final String broker = LabSystems.brokerUrl(OFFSET);
    private Process wildfly;

    @Test
    void tenThousandResultsSurviveAKillMinus9ExactlyOnce() throws Exception {
        prepareServerAndDatabase();
        start();
        LabSystems.add(lab, password, server.toAbsolutePath().toString(), 9990 + OFFSET);
        List<String> messages;
        try (Connection connection = database()) {
            messages = LabLoad.ordersAndResults(connection, run, MESSAGES, 7);
        }
        ActiveMQConnectionFactory factory = new ActiveMQConnectionFactory(broker);
        try (LabLoad.Producers producers = new LabLoad.Producers(factory, lab, password, 4)) {
            producers.send("jms.queue.LabResults", messages, (producer, text) -> { });
        }

        long storedAtKill = awaitStored(500, TimeUnit.MINUTES.toMillis(5));
        kill();
        assertTrue(storedAtKill < MESSAGES, "killed while consuming (" + storedAtKill + " stored)");
        System.out.printf("Killed (SIGKILL) with %,d of %,d results stored; restarting%n", storedAtKill, MESSAGES);
        start();
        assertEquals(MESSAGES, awaitStored(MESSAGES, TimeUnit.MINUTES.toMillis(10)), "after the restart every result is stored");

        assertEquals(expectedChecksum(messages), storedChecksum(), "every observation stored once, with its value");
        Map<String, Integer> answers = drainAcks(factory, MESSAGES);
        assertEquals(MESSAGES, answers.size(), "every message answered");
        assertTrue(answers.values().stream().allMatch(n -> n == 1), "and answered once");
        assertNothingInLimbo();

        // The same 10,000 again: answered again, nothing stored twice.
        try (LabLoad.Producers producers = new LabLoad.Producers(factory, lab, password, 4)) {
            producers.send("jms.queue.LabResults", messages, (producer, text) -> { });
        }
        Map<String, Integer> repeated = drainAcks(factory, MESSAGES);
        assertEquals(MESSAGES, repeated.size(), "every repeat answered");
        assertEquals(MESSAGES, count("SELECT COUNT(*) FROM lab_message WHERE control_id LIKE '" + run + "-%'"));
        assertEquals(expectedChecksum(messages), storedChecksum());
        assertNothingInLimbo();
    }

    @AfterEach
    void stopServer() throws Exception {
        if (wildfly != null) {
            kill();
        }
    }

    /** A copy of the built server without the test run's deployment, and an empty database of its own. */
    private void prepareServerAndDatabase() throws Exception {
        Path built = Path.of(System.getProperty("jboss.home"));
        run("rm", "-rf", server.toString());
        run("cp", "-a", built.toString(), server.toString());
        for (String dir : List.of("standalone/data", "standalone/log", "standalone/tmp", "standalone/configuration/standalone_xml_history")) {
            run("rm", "-rf", server.resolve(dir).toString());
        }
        Path config = server.resolve("standalone/configuration/standalone-full.xml");
        Files.writeString(config, Files.readString(config).replaceAll("(?s)<deployments>.*?</deployments>", ""));
        Files.copy(Path.of("target", "hpms.ear"), server.resolve("standalone/deployments/hpms.ear"));
        try (Connection connection = DriverManager.getConnection(url("hpms"), "hpms", "hpms-test");
             Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + DATABASE);
            statement.execute("CREATE DATABASE " + DATABASE + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
        // The schema (Flyway, as the application runs it) and 200 patients to order for.
        PatientDataGenerator.main(new String[] {url(DATABASE), "hpms", "hpms-test", keyFile().toString(), "200"});
    }

    private void start() throws Exception {
        Files.deleteIfExists(server.resolve("standalone/deployments/hpms.ear.deployed"));
        Files.deleteIfExists(server.resolve("standalone/deployments/hpms.ear.failed"));
        ProcessBuilder builder = new ProcessBuilder(server.resolve("bin/standalone.sh").toString(), "-c", "standalone-full.xml",
                "-Djboss.socket.binding.port-offset=" + OFFSET)
                .redirectErrorStream(true).redirectOutput(server.resolve("console.log").toFile());
        Map<String, String> environment = builder.environment();
        environment.put("HPMS_DB_URL", url(DATABASE) + "&characterEncoding=UTF-8&connectionTimeZone=UTC");
        environment.put("HPMS_DB_USER", "hpms");
        environment.put("HPMS_DB_PASSWORD", "hpms-test");
        environment.put("HPMS_KEY_FILE", keyFile().toString());
        environment.put("HPMS_ADMIN_PASSWORD", "Chief-Crash-Pass-2026");
        environment.put("HPMS_DEMO", "false");
        environment.put("JBOSS_PIDFILE", server.resolve("wildfly.pid").toAbsolutePath().toString());
        environment.put("LAUNCH_JBOSS_IN_BACKGROUND", "true");
        wildfly = builder.start();
        long deadline = System.currentTimeMillis() + TimeUnit.MINUTES.toMillis(4);
        Path deployed = server.resolve("standalone/deployments/hpms.ear.deployed");
        Path failed = server.resolve("standalone/deployments/hpms.ear.failed");
        while (!Files.exists(deployed)) {
            assertFalse(Files.exists(failed), "deployment failed: " + tail(server.resolve("standalone/log/server.log")));
            assertTrue(wildfly.isAlive(), "the server stopped: " + tail(server.resolve("console.log")));
            assertTrue(System.currentTimeMillis() < deadline, "not deployed in 4 minutes: " + tail(server.resolve("console.log")));
            Thread.sleep(500);
        }
    }

    /** SIGKILL to the server's JVM and its launch script: no shutdown hook, no orderly stop. */
    private void kill() throws Exception {
        Process process = wildfly;
        wildfly = null;
        List<ProcessHandle> all = new ArrayList<>(process.descendants().toList());
        all.add(process.toHandle());
        all.forEach(ProcessHandle::destroyForcibly);
        for (ProcessHandle handle : all) {
            handle.onExit().get(60, TimeUnit.SECONDS);
        }
    }

    private long awaitStored(long atLeast, long timeoutMillis) throws Exception {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        long stored = 0;
        long lastChange = System.currentTimeMillis();
        while (System.currentTimeMillis() < deadline) {
            long now = count("SELECT COUNT(*) FROM lab_message WHERE control_id LIKE '" + run + "-%'");
            if (now >= atLeast) {
                return now;
            }
            if (now != stored) {
                stored = now;
                lastChange = System.currentTimeMillis();
            }
            assertTrue(System.currentTimeMillis() - lastChange < TimeUnit.MINUTES.toMillis(3), "consumption stalled at " + stored);
            Thread.sleep(250);
        }
        return stored;
    }

    /** Reads the ACKs on LabAcks as the lab does, until {@code expected} arrived and none follows for 10 s. */
    private Map<String, Integer> drainAcks(ActiveMQConnectionFactory factory, int expected) {
        Map<String, Integer> answers = new HashMap<>();
        try (JMSContext jms = factory.createContext(lab, password);
             JMSConsumer consumer = jms.createConsumer(jms.createQueue("jms.queue.LabAcks"))) {
            long deadline = System.currentTimeMillis() + TimeUnit.MINUTES.toMillis(10);
            int received = 0;
            while (System.currentTimeMillis() < deadline) {
                String ack = consumer.receiveBody(String.class, received >= expected ? 10_000 : 60_000);
                if (ack == null) {
                    break;
                }
                assertTrue(ack.contains("\rMSA|AA|"), ack);
                answers.merge(LabLoad.controlIdOf(ack), 1, Integer::sum);
                received++;
            }
        }
        return answers;
    }

    private void assertNothingInLimbo() throws Exception {
        assertEquals("0", cli("/subsystem=messaging-activemq/server=default/jms-queue=LabResults:count-messages"), "LabResults is empty");
        assertEquals("0", cli("/subsystem=messaging-activemq/server=default/jms-queue=DLQ:count-messages"), "nothing dead-lettered");
        assertEquals(0, xaInDoubt(), "no database transaction branch left in doubt");
    }

    private static long xaInDoubt() throws Exception {
        try (Connection connection = DriverManager.getConnection(url(DATABASE), "hpms", "hpms-test");
             Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery("XA RECOVER")) {
            long inDoubt = 0;
            while (rows.next()) {
                inDoubt++;
            }
            return inDoubt;
        }
    }

    private static String expectedChecksum(List<String> messages) throws Exception {
        return sha256(messages.stream().flatMap(m -> LabLoad.observationLines(m).stream()));
    }

    /** The same lines read back from the database, values decrypted with the server's key. */
    private String storedChecksum() throws Exception {
        PhiCipher cipher = new PhiCipher(KeyRing.load(keyFile()));
        List<String> lines = new ArrayList<>();
        try (Connection connection = database(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT m.control_id, o.set_id, o.code, o.value_enc FROM lab_observation o"
                     + " JOIN lab_message m ON m.id = o.message_id WHERE m.control_id LIKE '" + run + "-%'")) {
            while (rows.next()) {
                lines.add(rows.getString(1) + "|" + rows.getInt(2) + "|" + rows.getString(3) + "|"
                        + new String(cipher.decrypt(rows.getBytes(4)), StandardCharsets.UTF_8));
            }
        }
        return sha256(lines.stream());
    }

    private static String sha256(Stream<String> lines) throws Exception {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        lines.sorted().forEach(line -> digest.update((line + "\n").getBytes(StandardCharsets.UTF_8)));
        return HexFormat.of().formatHex(digest.digest());
    }

    /** The number a CLI read operation answers (such as count-messages). */
    private String cli(String command) throws Exception {
        return LabSystems.cli(server.toString(), 9990 + OFFSET, command).replaceAll("(?s).*\"result\"\\s*:\\s*([0-9]+).*", "$1");
    }

    private static long count(String sql) throws Exception {
        try (Connection connection = database(); Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        }
    }

    private static Connection database() throws Exception {
        return DriverManager.getConnection(url(DATABASE), "hpms", "hpms-test");
    }

    private static String url(String database) {
        return System.getProperty("hpms.it.dbUrl").replace("/hpms?", "/" + database + "?");
    }

    private static Path keyFile() {
        return Path.of(System.getProperty("hpms.it.dir"), "hpms.keys");
    }

    private static void run(String... command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(300, TimeUnit.SECONDS));
        assertEquals(0, process.exitValue(), String.join(" ", command) + ": " + output);
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no " + log + ")";
        }
    }
}
