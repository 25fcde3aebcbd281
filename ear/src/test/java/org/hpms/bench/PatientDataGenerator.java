package org.hpms.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.hpms.patient.domain.Demographics;
import org.hpms.patient.domain.MedicalRecordNumber;
import org.hpms.patient.domain.PatientSearchKeys;
import org.hpms.shared.crypto.BlindIndex;
import org.hpms.shared.crypto.KeyRing;
import org.hpms.shared.crypto.PhiCipher;
import org.hpms.shared.crypto.SearchNormalizer;
import org.hpms.shared.startup.DatabaseMigration;

/**
 * Bulk loader of synthetic patients for the benchmarks: the same encryption, blind indexes and MRNs
 * as the application (it uses the application's own classes and key file), written with batched
 * JDBC in parallel instead of one service call per patient. Also fills a plaintext scratch copy
 * (bench_plain_*) with ordinary indexes: the baseline the benchmarks compare against.
 * Idempotent: a data set already loaded with the same size is left as it is.
 * <p>Usage: {@code PatientDataGenerator <jdbc url> <user> <password> <key file> <patients> [seed]}
 */
public final class PatientDataGenerator {

    static final String DATASET = "patients";
    private static final int CHUNK = 2_000;

    private PatientDataGenerator() {
    }

    public static void main(String[] args) throws Exception {
        String url = args[0];
        String user = args[1];
        String password = args[2];
        KeyRing keys = KeyRing.load(Path.of(args[3]));
        long count = Long.parseLong(args[4]);
        long seed = args.length > 5 ? Long.parseLong(args[5]) : 20261125L;

        // The schema as the application would create it, so the data can be loaded before the first deployment.
        DatabaseMigration.flyway().dataSource(url, user, password).load().migrate();
        try (Connection connection = DriverManager.getConnection(url, user, password)) {
            createScratchTables(connection);
            Dataset existing = Dataset.find(connection);
            if (existing != null && existing.count() == count && existing.seed() == seed) {
                System.out.println("Benchmark data set of " + count + " patients already loaded; nothing to do.");
                return;
            }
            if (existing != null) {
                throw new IllegalStateException("A different benchmark data set (" + existing.count()
                        + " patients) is loaded; start from an empty database (delete var/bench) to load " + count);
            }
            long firstSerial = reserveSerials(connection, count);
            long firstId = nextId(connection);
            Dataset dataset = new Dataset(count, seed, firstSerial, firstId);
            long started = System.nanoTime();
            load(url, user, password, keys, dataset);
            dataset.save(connection);
            double seconds = (System.nanoTime() - started) / 1e9;
            System.out.printf("Loaded %,d patients in %.1f s (%,.0f patients/s)%n", count, seconds, count / seconds);
        }
    }

    record Dataset(long count, long seed, long firstSerial, long firstId) {

        static Dataset find(Connection connection) throws Exception {
            try (Statement statement = connection.createStatement();
                 ResultSet row = statement.executeQuery("SELECT patients, seed, first_serial, first_id FROM bench_dataset WHERE name = '" + DATASET + "'")) {
                return row.next() ? new Dataset(row.getLong(1), row.getLong(2), row.getLong(3), row.getLong(4)) : null;
            }
        }

        void save(Connection connection) throws Exception {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO bench_dataset (name, patients, seed, first_serial, first_id) VALUES (?, ?, ?, ?, ?)")) {
                insert.setString(1, DATASET);
                insert.setLong(2, count);
                insert.setLong(3, seed);
                insert.setLong(4, firstSerial);
                insert.setLong(5, firstId);
                insert.executeUpdate();
            }
        }

        MedicalRecordNumber mrn(long index) {
            return MedicalRecordNumber.fromSerial(firstSerial + index);
        }
    }

    private static void createScratchTables(Connection connection) throws Exception {
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE IF NOT EXISTS bench_dataset (name VARCHAR(32) PRIMARY KEY, patients BIGINT NOT NULL,"
                    + " seed BIGINT NOT NULL, first_serial BIGINT NOT NULL, first_id BIGINT NOT NULL)");
            statement.execute("CREATE TABLE IF NOT EXISTS bench_plain_patient (id BIGINT PRIMARY KEY, mrn VARCHAR(16) NOT NULL,"
                    + " given_name VARCHAR(100) NOT NULL, family_name VARCHAR(100) NOT NULL, phone_digits VARCHAR(10),"
                    + " birth_date DATE NOT NULL, INDEX ix_bench_plain_mrn (mrn), INDEX ix_bench_plain_phone (phone_digits))"
                    + " CHARACTER SET utf8mb4");
            statement.execute("CREATE TABLE IF NOT EXISTS bench_plain_name_token (token VARCHAR(20) NOT NULL, patient_id BIGINT NOT NULL,"
                    + " PRIMARY KEY (token, patient_id)) CHARACTER SET utf8mb4");
        }
    }

    private static long reserveSerials(Connection connection, long count) throws Exception {
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate("UPDATE id_sequence SET next_value = LAST_INSERT_ID(next_value + " + count + ") WHERE name = 'MRN'");
            try (ResultSet row = statement.executeQuery("SELECT LAST_INSERT_ID()")) {
                row.next();
                return row.getLong(1) - count;
            }
        }
    }

    private static long nextId(Connection connection) throws Exception {
        try (Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT COALESCE(MAX(id), 0) + 1000 FROM patient")) {
            row.next();
            return row.getLong(1);
        }
    }

    private static void load(String url, String user, String password, KeyRing keys, Dataset dataset) throws Exception {
        int threads = Math.max(2, Runtime.getRuntime().availableProcessors());
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        AtomicLong done = new AtomicLong();
        List<Future<?>> work = new ArrayList<>();
        for (long chunkStart = 0; chunkStart < dataset.count(); chunkStart += CHUNK) {
            long from = chunkStart;
            long to = Math.min(dataset.count(), chunkStart + CHUNK);
            work.add(pool.submit(() -> {
                loadChunk(url, user, password, keys, dataset, from, to);
                long total = done.addAndGet(to - from);
                if (total % 100_000 < CHUNK) {
                    System.out.printf("  %,d patients%n", total);
                }
                return null;
            }));
        }
        for (Future<?> future : work) {
            future.get();
        }
        pool.shutdown();
    }

    private static final ThreadLocal<Connection> CONNECTIONS = new ThreadLocal<>();

    private static void loadChunk(String url, String user, String password, KeyRing keys, Dataset dataset, long from, long to)
            throws Exception {
        Connection connection = CONNECTIONS.get();
        if (connection == null) {
            connection = DriverManager.getConnection(url, user, password);
            try (Statement session = connection.createStatement()) {
                session.execute("SET unique_checks = 0, foreign_key_checks = 0"); // bulk path: keys are unique by construction
            }
            connection.setAutoCommit(false);
            CONNECTIONS.set(connection);
        }
        PhiCipher cipher = new PhiCipher(keys);
        PatientSearchKeys searchKeys = new PatientSearchKeys(new BlindIndex(keys));
        SyntheticPeople people = new SyntheticPeople(dataset.seed());
        LocalDate today = LocalDate.of(2026, 11, 25);
        Timestamp now = Timestamp.from(Instant.now());
        try (PreparedStatement patient = connection.prepareStatement("INSERT INTO patient (id, mrn, given_name_enc, family_name_enc,"
                + " sex, birth_date_enc, phone_enc, national_id_enc, address_enc, birth_date_bidx, phone_bidx, national_id_bidx,"
                + " created_at, created_by, updated_at, updated_by, version) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,0)");
             PreparedStatement token = connection.prepareStatement("INSERT INTO patient_name_token (token_hash, patient_id) VALUES (?,?)");
             PreparedStatement plain = connection.prepareStatement("INSERT INTO bench_plain_patient (id, mrn, given_name, family_name,"
                     + " phone_digits, birth_date) VALUES (?,?,?,?,?,?)");
             PreparedStatement plainToken = connection.prepareStatement(
                     "INSERT IGNORE INTO bench_plain_name_token (token, patient_id) VALUES (?,?)")) {
            for (long index = from; index < to; index++) {
                Demographics person = people.person(index, today);
                long id = dataset.firstId() + index;
                String mrn = dataset.mrn(index).value();
                patient.setLong(1, id);
                patient.setString(2, mrn);
                patient.setBytes(3, encrypt(cipher, person.getGivenName()));
                patient.setBytes(4, encrypt(cipher, person.getFamilyName()));
                patient.setString(5, person.getSex().name());
                patient.setBytes(6, encrypt(cipher, person.getBirthDate().toString()));
                patient.setBytes(7, encrypt(cipher, person.getPhone()));
                patient.setBytes(8, encrypt(cipher, person.getNationalId()));
                patient.setBytes(9, encrypt(cipher, person.getAddress()));
                patient.setLong(10, searchKeys.birthDate(person.getBirthDate()));
                patient.setLong(11, searchKeys.phone(person.getPhone()));
                patient.setLong(12, searchKeys.nationalId(person.getNationalId()));
                patient.setTimestamp(13, now);
                patient.setString(14, "bench-generator");
                patient.setTimestamp(15, now);
                patient.setString(16, "bench-generator");
                patient.addBatch();
                Set<Long> tokens = searchKeys.namePrefixes(person.getGivenName(), person.getFamilyName());
                for (long hash : tokens) {
                    token.setLong(1, hash);
                    token.setLong(2, id);
                    token.addBatch();
                }
                plain.setLong(1, id);
                plain.setString(2, mrn);
                plain.setString(3, person.getGivenName());
                plain.setString(4, person.getFamilyName());
                plain.setString(5, SearchNormalizer.phone(person.getPhone()));
                plain.setObject(6, person.getBirthDate());
                plain.addBatch();
                for (String prefix : SearchNormalizer.namePrefixes(person.getGivenName(), person.getFamilyName())) {
                    plainToken.setString(1, prefix);
                    plainToken.setLong(2, id);
                    plainToken.addBatch();
                }
            }
            patient.executeBatch();
            token.executeBatch();
            plain.executeBatch();
            plainToken.executeBatch();
            connection.commit();
        }
    }

    private static byte[] encrypt(PhiCipher cipher, String value) {
        return cipher.encrypt(value.getBytes(StandardCharsets.UTF_8));
    }
}
