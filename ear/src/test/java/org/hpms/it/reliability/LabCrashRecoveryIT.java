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
    private static final String LAB_RESULTS = "/subsystem=messaging-activemq/server=default/jms-queue=LabResults";
    static final int OFFSET = CrashServer.OFFSET;
    static final String DATABASE = "hpms_crash";

    private final CrashServer crashServer = new CrashServer(DATABASE);
    private final Path server = crashServer.home();
    private final String run = "CRASH" + Long.toString(System.currentTimeMillis(), 36).toUpperCase();
    private final String lab = "crash-lab";
    private final String password = "Crash-" + UUID.randomUUID();
    private final String broker = LabSystems.brokerUrl(OFFSET);

    @Test
    void tenThousandResultsSurviveAKillMinus9ExactlyOnce() throws Exception {
        crashServer.prepare(200);
        start();
        LabSystems.add(lab, password, server.toAbsolutePath().toString(), 9990 + OFFSET);
        List<String> messages;
        try (Connection connection = database()) {
            messages = LabLoad.ordersAndResults(connection, run, MESSAGES, 7);
        }
        ActiveMQConnectionFactory factory = new ActiveMQConnectionFactory(broker);
        // The consumer takes results about as fast as 4 producers post them: the queue holds them until all
        // are posted, so that the kill falls in the middle of consuming 10,000, not at its end.
        cli(LAB_RESULTS + ":pause");
        try (LabLoad.Producers producers = new LabLoad.Producers(factory, lab, password, 4)) {
            producers.send("jms.queue.LabResults", messages, (producer, text) -> { });
        }
        assertEquals(String.valueOf(MESSAGES), cli(LAB_RESULTS + ":count-messages"), "all posted, none taken yet");
        cli(LAB_RESULTS + ":resume");

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
        crashServer.close();
    }

    private void start() throws Exception {
        crashServer.start();
    }

    private void kill() throws Exception {
        crashServer.kill();
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
        assertEquals("0", cli(LAB_RESULTS + ":count-messages"), "LabResults is empty");
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

    private long count(String sql) throws Exception {
        return crashServer.count(sql);
    }

    private Connection database() throws Exception {
        return crashServer.connect();
    }

    private static String url(String database) {
        return CrashServer.url(database);
    }

    private static Path keyFile() {
        return CrashServer.keyFile();
    }
}
