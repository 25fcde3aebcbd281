package org.hpms.it.support;

import jakarta.jms.JMSContext;
import jakarta.jms.JMSProducer;
import jakarta.jms.Queue;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;

/**
 * Lab traffic in bulk for the benchmark and the crash drill: orders written straight to the database
 * for existing patients, one ORU^R01 (3 to 10 OBX, seeded values) per order, and several external
 * producer threads posting them with persistent delivery.
 */
public final class LabLoad {

    /** OBX pool: LOINC, name, units, typical low and high (some values land outside the ranges, as in life). */
    private static final String[][] TESTS = {
            {"2951-2", "Sodium [Moles/volume] in Serum or Plasma", "mmol/L", "128", "150"},
            {"2823-3", "Potassium [Moles/volume] in Serum or Plasma", "mmol/L", "3.0", "6.0"},
            {"2345-7", "Glucose [Mass/volume] in Serum or Plasma", "mg/dL", "60", "250"},
            {"2160-0", "Creatinine [Mass/volume] in Serum or Plasma", "mg/dL", "0.5", "2.5"},
            {"718-7", "Hemoglobin [Mass/volume] in Blood", "g/dL", "9", "17"},
            {"6690-2", "Leukocytes [#/volume] in Blood by Automated count", "10*3/uL", "3", "15"},
            {"777-3", "Platelets [#/volume] in Blood by Automated count", "10*3/uL", "100", "450"},
            {"2075-0", "Chloride [Moles/volume] in Serum or Plasma", "mmol/L", "95", "110"},
            {"1975-2", "Bilirubin.total [Mass/volume] in Serum or Plasma", "mg/dL", "0.2", "1.5"},
            {"17861-6", "Calcium [Mass/volume] in Serum or Plasma", "mg/dL", "8.0", "10.8"}};

    /** What a producer does to a message before it sends it (set properties, note the time). */
    public interface BeforeSend {
        void apply(JMSProducer producer, String text);
    }

    private LabLoad() {
    }

    /**
     * Writes {@code count} collected basic-panel orders of dr.rahman for the database's current patients
     * (round robin) and returns one result message per order, control ids {@code run-0 ... run-(count-1)}.
     */
    public static List<String> ordersAndResults(Connection connection, String run, int count, long seed) throws Exception {
        List<String[]> patients = new ArrayList<>();
        long panel;
        try (Statement statement = connection.createStatement()) {
            try (ResultSet rows = statement.executeQuery("SELECT id, mrn FROM patient WHERE surviving_patient_id IS NULL ORDER BY id LIMIT "
                    + count)) {
                while (rows.next()) {
                    patients.add(new String[] {rows.getString(1), rows.getString(2)});
                }
            }
            try (ResultSet row = statement.executeQuery("SELECT id FROM lab_test WHERE code = 'BMP'")) {
                row.next();
                panel = row.getLong(1);
            }
        }
        if (patients.isEmpty()) {
            throw new IllegalStateException("No patients to order for");
        }
        SplittableRandom random = new SplittableRandom(seed);
        List<String> messages = new ArrayList<>(count);
        Timestamp now = Timestamp.from(Instant.now());
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO lab_order (placer_order_number, patient_id, test_id, ordering_doctor, priority, status, ordered_at,"
                        + " created_at, created_by, updated_at, updated_by, version) VALUES (?, ?, ?, 'dr.rahman', 'ROUTINE', 'COLLECTED', ?,"
                        + " ?, 'load', ?, 'load', 0)")) {
            for (int i = 0; i < count; i++) {
                String[] patient = patients.get(i % patients.size());
                String placer = "LOAD-LO-" + run + "-" + i;
                insert.setString(1, placer);
                insert.setLong(2, Long.parseLong(patient[0]));
                insert.setLong(3, panel);
                insert.setTimestamp(4, now);
                insert.setTimestamp(5, now);
                insert.setTimestamp(6, now);
                insert.addBatch();
                if (i % 1000 == 999) {
                    insert.executeBatch();
                    connection.commit();
                }
                messages.add(oru(run + "-" + i, patient[1], placer, random));
            }
            insert.executeBatch();
            connection.commit();
        } finally {
            connection.setAutoCommit(autoCommit);
        }
        return messages;
    }

    /** A result of 3 to 10 observations from the pool, values drawn between each test's typical low and high. */
    static String oru(String controlId, String mrn, String placer, SplittableRandom random) {
        int count = 3 + random.nextInt(8);
        String[] observations = new String[count];
        for (int i = 0; i < count; i++) {
            String[] test = TESTS[i];
            double low = Double.parseDouble(test[3]);
            double high = Double.parseDouble(test[4]);
            String value = String.format(Locale.ROOT, "%.1f", low + random.nextDouble() * (high - low));
            observations[i] = test[0] + "^" + test[1] + "^LN|" + value + "|" + test[2] + "||";
        }
        return LabFixtures.oru(controlId, mrn, placer, "F" + controlId, "F", observations);
    }

    /** The OBX lines of a message as "control id|set id|code|value", what a stored observation must read back as. */
    public static List<String> observationLines(String message) {
        String controlId = controlIdOf(message);
        List<String> lines = new ArrayList<>();
        for (String segment : message.split("\r")) {
            if (segment.startsWith("OBX|")) {
                String[] fields = segment.split("\\|", -1);
                lines.add(controlId + "|" + fields[1] + "|" + fields[3].split("\\^")[0] + "|" + fields[5]);
            }
        }
        return lines;
    }

    /** MSH-10 of a message, or MSA-2 of an acknowledgement. */
    public static String controlIdOf(String text) {
        int msa = text.indexOf("\rMSA|");
        if (msa >= 0) {
            return text.substring(msa + 1).split("[\r|]", 4)[2];
        }
        return text.substring(0, text.indexOf('\r')).split("\\|", -1)[9];
    }

    /**
     * Producer connections of a lab, opened once and used for several rounds: opening one costs the broker
     * a password check (bcrypt), which a lab pays when it connects, not per batch.
     */
    public static final class Producers implements AutoCloseable {

        private final List<JMSContext> contexts = new ArrayList<>();

        public Producers(ActiveMQConnectionFactory factory, String user, String password, int count) {
            for (int i = 0; i < count; i++) {
                contexts.add(factory.createContext(user, password));
            }
        }

        /** Posts the messages, one thread per connection, persistent delivery. */
        public void send(String queueName, List<String> messages, BeforeSend beforeSend) throws InterruptedException {
            List<Thread> threads = new ArrayList<>();
            AtomicReference<RuntimeException> failure = new AtomicReference<>();
            int stride = contexts.size();
            for (int p = 0; p < stride; p++) {
                int first = p;
                JMSContext jms = contexts.get(p);
                threads.add(new Thread(() -> {
                    try {
                        Queue queue = jms.createQueue(queueName);
                        JMSProducer producer = jms.createProducer(); // persistent delivery, the default
                        for (int i = first; i < messages.size(); i += stride) {
                            beforeSend.apply(producer, messages.get(i));
                            producer.send(queue, messages.get(i));
                        }
                    } catch (RuntimeException e) {
                        failure.compareAndSet(null, e);
                    }
                }, "lab-producer-" + p));
            }
            threads.forEach(Thread::start);
            for (Thread thread : threads) {
                thread.join();
            }
            if (failure.get() != null) {
                throw failure.get();
            }
        }

        @Override
        public void close() {
            contexts.forEach(JMSContext::close);
        }
    }
}
