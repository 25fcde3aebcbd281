package org.hpms.bench;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.hpms.clinical.domain.VitalSignsRules;
import org.hpms.patient.domain.Demographics;
import org.hpms.patient.domain.MedicalRecordNumber;
import org.hpms.patient.domain.PatientSearchKeys;
import org.hpms.patient.domain.Sex;
import org.hpms.shared.crypto.BlindIndex;
import org.hpms.shared.crypto.KeyRing;
import org.hpms.shared.crypto.PhiCipher;
import org.hpms.shared.crypto.Sha256;

/**
 * Adds a realistic medical history to the synthetic patients of {@link PatientDataGenerator}: visits
 * (mostly outpatient, some emergency, some ended admissions) with a coded diagnosis, a set of vital
 * signs and a signed note each, and prescriptions; chronic conditions stay active with open-ended
 * medication, acute ones are resolved with finished courses. About 1.9 encounters per patient.
 * Also creates the chart benchmark patient with 1,000 encounters, and a plaintext copy of that
 * patient's history with ordinary indexes (the baseline). Same encryption and key file as the
 * application, batched JDBC in parallel. Idempotent per data set.
 * <p>Usage: {@code ChartHistoryGenerator <jdbc url> <user> <password> <key file>}
 */
public final class ChartHistoryGenerator {

    static final String DATASET = "history";
    static final int CHART_ENCOUNTERS = 1_000;
    private static final int CHUNK = 2_000;
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    private static final String BY = "bench-generator";

    /** Codes of the starter catalogue: chronic ones stay on the problem list, acute ones get resolved. */
    private static final String[] CHRONIC = {"E119", "I10", "E785", "J449", "J45909", "N189", "E039", "I4891", "K219", "M179"};
    private static final String[] ACUTE = {"J069", "A09", "R509", "J029", "N390", "J189", "R519", "K2970", "B349", "J209", "M5450", "A90"};
    private static final String[] COMPLAINTS = {"Fever for three days", "Cough and sore throat", "Follow-up of blood pressure",
            "Diabetes review", "Abdominal pain", "Headache", "Burning on passing urine", "Shortness of breath",
            "Back pain after lifting", "Loose stools since yesterday", "Routine check-up", "Chest tightness on exertion"};
    private static final String[] ACUTE_DRUGS = {"Paracetamol", "Amoxicillin", "Azithromycin", "Omeprazole", "Cetirizine",
            "Ciprofloxacin", "Metronidazole", "Ibuprofen"};
    private static final String[] CHRONIC_DRUGS = {"Metformin", "Amlodipine", "Atorvastatin", "Losartan", "Salbutamol inhaler",
            "Levothyroxine"};

    private ChartHistoryGenerator() {
    }

    /** Where the chart benchmark patient is: its MRN and row id. */
    record ChartPatient(String mrn, long id) {

        static ChartPatient find(Connection connection) throws Exception {
            try (Statement statement = connection.createStatement();
                 ResultSet row = statement.executeQuery("SELECT first_serial, first_id FROM bench_dataset WHERE name = '"
                         + DATASET + "'")) {
                return row.next() ? new ChartPatient(MedicalRecordNumber.fromSerial(row.getLong(1)).value(), row.getLong(2)) : null;
            }
        }
    }

    public static void main(String[] args) throws Exception {
        String url = args[0];
        String user = args[1];
        String password = args[2];
        KeyRing keys = KeyRing.load(Path.of(args[3]));
        try (Connection connection = DriverManager.getConnection(url, user, password)) {
            createScratchTables(connection);
            if (ChartPatient.find(connection) != null) {
                System.out.println("Medical history already generated; nothing to do.");
                return;
            }
            PatientDataGenerator.Dataset patients = PatientDataGenerator.Dataset.find(connection);
            if (patients == null) {
                throw new IllegalStateException("Load the patients first (PatientDataGenerator)");
            }
            long started = System.nanoTime();
            long encounters = loadHistories(url, user, password, keys, patients);
            ChartPatient chart = createChartPatient(connection, keys, patients.seed());
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO bench_dataset (name, patients, seed, first_serial,"
                    + " first_id) VALUES (?, ?, ?, ?, ?)")) {
                insert.setString(1, DATASET);
                insert.setLong(2, encounters);
                insert.setLong(3, patients.seed());
                insert.setLong(4, Long.parseLong(chart.mrn().substring(0, chart.mrn().length() - 1))); // serial: MRN without check digit
                insert.setLong(5, chart.id());
                insert.executeUpdate();
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            System.out.printf("Generated %,d encounters with diagnoses, vital signs, notes and prescriptions for %,d patients"
                    + " in %.1f s (%,.0f encounters/s); chart benchmark patient MRN %s with %,d encounters%n",
                    encounters, patients.count(), seconds, encounters / seconds, chart.mrn(), CHART_ENCOUNTERS);
        }
    }

    private static void createScratchTables(Connection connection) throws Exception {
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE IF NOT EXISTS bench_plain_encounter (id BIGINT PRIMARY KEY, patient_id BIGINT NOT NULL,"
                    + " encounter_type VARCHAR(16) NOT NULL, started_at DATETIME(6) NOT NULL, ended_at DATETIME(6),"
                    + " attending_doctor VARCHAR(64) NOT NULL, chief_complaint VARCHAR(500) NOT NULL,"
                    + " INDEX ix_bench_plain_encounter (patient_id, started_at)) CHARACTER SET utf8mb4");
            statement.execute("CREATE TABLE IF NOT EXISTS bench_plain_diagnosis (id BIGINT PRIMARY KEY, patient_id BIGINT NOT NULL,"
                    + " encounter_id BIGINT NOT NULL, icd10_code VARCHAR(7) NOT NULL, status VARCHAR(16) NOT NULL,"
                    + " INDEX ix_bench_plain_diagnosis_patient (patient_id, status), INDEX ix_bench_plain_diagnosis_encounter (encounter_id))"
                    + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            // The baseline joins icd10_code, so the collations must agree; data sets made before this line had the
            // server default (a copy of one patient's history: converting it takes milliseconds).
            statement.execute("ALTER TABLE bench_plain_diagnosis CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            statement.execute("CREATE TABLE IF NOT EXISTS bench_plain_vitals (id BIGINT PRIMARY KEY, patient_id BIGINT NOT NULL,"
                    + " measured_at DATETIME(6) NOT NULL, systolic INT, diastolic INT, pulse INT, temperature DECIMAL(4,1),"
                    + " INDEX ix_bench_plain_vitals (patient_id, measured_at))");
            statement.execute("CREATE TABLE IF NOT EXISTS bench_plain_medication (id BIGINT PRIMARY KEY, patient_id BIGINT NOT NULL,"
                    + " drug VARCHAR(200) NOT NULL, dose VARCHAR(100) NOT NULL, frequency VARCHAR(100) NOT NULL, start_date DATE NOT NULL,"
                    + " end_date DATE, status VARCHAR(16) NOT NULL, INDEX ix_bench_plain_medication (patient_id, status))"
                    + " CHARACTER SET utf8mb4");
        }
    }

    /** Encounters per patient: many have none or one, a few have many (mean about 1.9). */
    static int encountersOf(SplittableRandom random) {
        int roll = random.nextInt(100);
        if (roll < 30) {
            return 0;
        } else if (roll < 55) {
            return 1;
        } else if (roll < 75) {
            return 2;
        } else if (roll < 87) {
            return 3;
        } else if (roll < 95) {
            return 4 + random.nextInt(2);
        }
        return 6 + random.nextInt(5);
    }

    private static long loadHistories(String url, String user, String password, KeyRing keys, PatientDataGenerator.Dataset patients)
            throws Exception {
        long firstEncounterId = maxId(url, user, password, "encounter") + 1_000;
        // Every patient owns a block of ids (at most 10 encounters each), so that parallel chunks never collide.
        int threads = Math.max(2, Runtime.getRuntime().availableProcessors());
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        AtomicLong encounters = new AtomicLong();
        AtomicLong done = new AtomicLong();
        List<Future<?>> work = new ArrayList<>();
        for (long chunkStart = 0; chunkStart < patients.count(); chunkStart += CHUNK) {
            long from = chunkStart;
            long to = Math.min(patients.count(), chunkStart + CHUNK);
            work.add(pool.submit(() -> {
                try (Connection connection = bulkConnection(url, user, password);
                     Writer writer = new Writer(connection, keys, false)) {
                    for (long index = from; index < to; index++) {
                        SplittableRandom random = new SplittableRandom(patients.seed() * 31 + index);
                        int count = encountersOf(random);
                        for (int e = 0; e < count; e++) {
                            writer.encounter(patients.firstId() + index, firstEncounterId + index * 10 + e, random, TODAY.minusDays(
                                    random.nextInt(5 * 365)), false);
                        }
                        encounters.addAndGet(count);
                    }
                    writer.flush();
                }
                long total = done.addAndGet(to - from);
                if (total % 100_000 < CHUNK) {
                    System.out.printf("  history of %,d patients%n", total);
                }
                return null;
            }));
        }
        for (Future<?> future : work) {
            future.get();
        }
        pool.shutdown();
        return encounters.get();
    }

    private static ChartPatient createChartPatient(Connection connection, KeyRing keys, long seed) throws Exception {
        long serial;
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate("UPDATE id_sequence SET next_value = LAST_INSERT_ID(next_value + 1) WHERE name = 'MRN'");
            try (ResultSet row = statement.executeQuery("SELECT LAST_INSERT_ID()")) {
                row.next();
                serial = row.getLong(1) - 1;
            }
        }
        String mrn = MedicalRecordNumber.fromSerial(serial).value();
        PhiCipher cipher = new PhiCipher(keys);
        PatientSearchKeys searchKeys = new PatientSearchKeys(new BlindIndex(keys));
        Demographics person = new Demographics();
        person.setGivenName("Chart");
        person.setFamilyName("Benchmark");
        person.setSex(Sex.FEMALE);
        person.setBirthDate(LocalDate.of(1950, 6, 1));
        long patientId;
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO patient (mrn, given_name_enc, family_name_enc, sex,"
                + " birth_date_enc, birth_date_bidx, created_at, created_by, updated_at, updated_by, version)"
                + " VALUES (?,?,?,?,?,?,?,?,?,?,0)", Statement.RETURN_GENERATED_KEYS)) {
            Timestamp now = Timestamp.from(Instant.now());
            insert.setString(1, mrn);
            insert.setBytes(2, cipher.encrypt(person.getGivenName().getBytes(StandardCharsets.UTF_8)));
            insert.setBytes(3, cipher.encrypt(person.getFamilyName().getBytes(StandardCharsets.UTF_8)));
            insert.setString(4, person.getSex().name());
            insert.setBytes(5, cipher.encrypt(person.getBirthDate().toString().getBytes(StandardCharsets.US_ASCII)));
            insert.setLong(6, searchKeys.birthDate(person.getBirthDate()));
            insert.setTimestamp(7, now);
            insert.setString(8, BY);
            insert.setTimestamp(9, now);
            insert.setString(10, BY);
            insert.executeUpdate();
            try (ResultSet key = insert.getGeneratedKeys()) {
                key.next();
                patientId = key.getLong(1);
            }
        }
        try (PreparedStatement token = connection.prepareStatement("INSERT INTO patient_name_token (token_hash, patient_id) VALUES (?,?)")) {
            for (long hash : searchKeys.namePrefixes(person.getGivenName(), person.getFamilyName())) {
                token.setLong(1, hash);
                token.setLong(2, patientId);
                token.addBatch();
            }
            token.executeBatch();
        }
        long firstEncounterId = maxId(connection, "encounter") + 1_000;
        connection.setAutoCommit(false);
        try (Writer writer = new Writer(connection, keys, true)) {
            SplittableRandom random = new SplittableRandom(seed);
            for (int e = 0; e < CHART_ENCOUNTERS; e++) {
                // A long history: one visit every few days over about ten years, the newest first in id order too.
                writer.encounter(patientId, firstEncounterId + e, random, TODAY.minusDays(3650L - e * 3L), true);
            }
            writer.allergy(patientId, "Penicillin", "MEDICATION", "anaphylaxis", "LIFE_THREATENING");
            writer.allergy(patientId, "Peanut", "FOOD", "hives", "MODERATE");
            writer.flush();
        }
        connection.commit();
        connection.setAutoCommit(true);
        return new ChartPatient(mrn, patientId);
    }

    private static Connection bulkConnection(String url, String user, String password) throws Exception {
        Connection connection = DriverManager.getConnection(url, user, password);
        try (Statement session = connection.createStatement()) {
            session.execute("SET unique_checks = 0, foreign_key_checks = 0"); // bulk path: keys are unique by construction
        }
        connection.setAutoCommit(false);
        return connection;
    }

    private static long maxId(String url, String user, String password, String table) throws Exception {
        try (Connection connection = DriverManager.getConnection(url, user, password)) {
            return maxId(connection, table);
        }
    }

    private static long maxId(Connection connection, String table) throws Exception {
        try (Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT COALESCE(MAX(id), 0) FROM " + table)) {
            row.next();
            return row.getLong(1);
        }
    }

    /** Batched inserts of one connection; row ids of the children derive from the encounter id. */
    private static final class Writer implements AutoCloseable {

        private final Connection connection;
        private final PhiCipher cipher;
        private final boolean plainCopy;
        private final PreparedStatement encounter;
        private final PreparedStatement diagnosis;
        private final PreparedStatement vitals;
        private final PreparedStatement note;
        private final PreparedStatement medication;
        private final PreparedStatement allergy;
        private final PreparedStatement plainEncounter;
        private final PreparedStatement plainDiagnosis;
        private final PreparedStatement plainVitals;
        private final PreparedStatement plainMedication;
        private final Timestamp now = Timestamp.from(Instant.now());
        private int pending;

        Writer(Connection connection, KeyRing keys, boolean plainCopy) throws Exception {
            this.connection = connection;
            this.cipher = new PhiCipher(keys);
            this.plainCopy = plainCopy;
            String audit = "created_at, created_by, updated_at, updated_by, version";
            encounter = connection.prepareStatement("INSERT INTO encounter (id, public_id, patient_id, encounter_type, started_at,"
                    + " ended_at, attending_doctor, chief_complaint_enc, ward, bed, discharge_summary_enc, " + audit
                    + ") VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,0)");
            diagnosis = connection.prepareStatement("INSERT INTO diagnosis (id, public_id, patient_id, encounter_id, icd10_code,"
                    + " diagnosis_rank, status, onset_date, resolved_on, " + audit + ") VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,0)");
            vitals = connection.prepareStatement("INSERT INTO vital_signs (id, public_id, patient_id, encounter_id, measured_at,"
                    + " systolic_enc, diastolic_enc, pulse_enc, temperature_enc, respiration_enc, spo2_enc, weight_enc, height_enc,"
                    + " bmi_enc, " + audit + ") VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,0)");
            note = connection.prepareStatement("INSERT INTO clinical_note (id, public_id, patient_id, encounter_id, note_type,"
                    + " text_enc, text_sha256, signed_by, signed_at, " + audit + ") VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,0)");
            medication = connection.prepareStatement("INSERT INTO medication_order (id, public_id, patient_id, encounter_id, drug_enc,"
                    + " dose_enc, route, frequency_enc, duration_days, prescriber, start_date, end_date, status, " + audit
                    + ") VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,0)");
            allergy = connection.prepareStatement("INSERT INTO allergy (allergy_uid, patient_id, substance_enc, category, reaction_enc,"
                    + " severity, " + audit + ") VALUES (?,?,?,?,?,?,?,?,?,?,0)");
            plainEncounter = connection.prepareStatement("INSERT INTO bench_plain_encounter (id, patient_id, encounter_type,"
                    + " started_at, ended_at, attending_doctor, chief_complaint) VALUES (?,?,?,?,?,?,?)");
            plainDiagnosis = connection.prepareStatement("INSERT INTO bench_plain_diagnosis (id, patient_id, encounter_id,"
                    + " icd10_code, status) VALUES (?,?,?,?,?)");
            plainVitals = connection.prepareStatement("INSERT INTO bench_plain_vitals (id, patient_id, measured_at, systolic,"
                    + " diastolic, pulse, temperature) VALUES (?,?,?,?,?,?,?)");
            plainMedication = connection.prepareStatement("INSERT INTO bench_plain_medication (id, patient_id, drug, dose, frequency,"
                    + " start_date, end_date, status) VALUES (?,?,?,?,?,?,?,?)");
        }

        void encounter(long patientId, long id, SplittableRandom random, LocalDate day, boolean chronicPatient) throws Exception {
            int typeRoll = random.nextInt(100);
            String type = typeRoll < 80 ? "OUTPATIENT" : typeRoll < 92 ? "EMERGENCY" : "INPATIENT";
            Instant started = day.atTime(8 + random.nextInt(10), random.nextInt(60)).toInstant(ZoneOffset.UTC);
            Instant ended = "INPATIENT".equals(type) ? started.plus(Duration.ofDays(1 + random.nextInt(6)))
                    : started.plus(Duration.ofMinutes(20 + random.nextInt(60)));
            String complaint = COMPLAINTS[random.nextInt(COMPLAINTS.length)];
            encounter.setLong(1, id);
            encounter.setString(2, uuid(random));
            encounter.setLong(3, patientId);
            encounter.setString(4, type);
            encounter.setTimestamp(5, Timestamp.from(started));
            encounter.setTimestamp(6, Timestamp.from(ended));
            encounter.setString(7, "dr.rahman");
            encounter.setBytes(8, encrypt(complaint));
            encounter.setString(9, "INPATIENT".equals(type) ? "Medicine " + (1 + random.nextInt(6)) : null);
            encounter.setString(10, "INPATIENT".equals(type) ? String.valueOf(1 + random.nextInt(30)) : null);
            encounter.setBytes(11, "INPATIENT".equals(type) ? encrypt("Improved; discharged home with advice.") : null);
            audit(encounter, 12);
            encounter.addBatch();

            boolean chronic = chronicPatient ? random.nextInt(10) == 0 : random.nextInt(4) == 0;
            String code = chronic ? CHRONIC[random.nextInt(CHRONIC.length)] : ACUTE[random.nextInt(ACUTE.length)];
            String status = chronic ? "ACTIVE" : "RESOLVED";
            diagnosis.setLong(1, id);
            diagnosis.setString(2, uuid(random));
            diagnosis.setLong(3, patientId);
            diagnosis.setLong(4, id);
            diagnosis.setString(5, code);
            diagnosis.setString(6, "PRIMARY");
            diagnosis.setString(7, status);
            diagnosis.setObject(8, day.minusDays(random.nextInt(14)));
            diagnosis.setObject(9, chronic ? null : day.plusDays(7 + random.nextInt(14)));
            audit(diagnosis, 10);
            diagnosis.addBatch();

            int systolic = 100 + random.nextInt(70);
            int diastolic = 60 + random.nextInt(Math.min(40, systolic - 60));
            int pulse = 55 + random.nextInt(50);
            String temperature = (36 + random.nextInt(3)) + "." + random.nextInt(10);
            String weight = (45 + random.nextInt(50)) + "." + random.nextInt(10);
            String height = String.valueOf(145 + random.nextInt(45));
            vitals.setLong(1, id);
            vitals.setString(2, uuid(random));
            vitals.setLong(3, patientId);
            vitals.setLong(4, id);
            vitals.setTimestamp(5, Timestamp.from(started.plus(Duration.ofMinutes(5))));
            vitals.setBytes(6, encrypt(String.valueOf(systolic)));
            vitals.setBytes(7, encrypt(String.valueOf(diastolic)));
            vitals.setBytes(8, encrypt(String.valueOf(pulse)));
            vitals.setBytes(9, encrypt(temperature));
            vitals.setBytes(10, encrypt(String.valueOf(12 + random.nextInt(10))));
            vitals.setBytes(11, encrypt(String.valueOf(93 + random.nextInt(8))));
            vitals.setBytes(12, encrypt(weight));
            vitals.setBytes(13, encrypt(height));
            vitals.setBytes(14, encrypt(VitalSignsRules.bmi(new BigDecimal(weight), new BigDecimal(height)).toPlainString()));
            audit(vitals, 15);
            vitals.addBatch();

            String text = complaint + ". Examined; " + (chronic ? "condition stable on treatment." : "advised rest and fluids.");
            note.setLong(1, id);
            note.setString(2, uuid(random));
            note.setLong(3, patientId);
            note.setLong(4, id);
            note.setString(5, "PROGRESS");
            note.setBytes(6, encrypt(text));
            note.setString(7, Sha256.hex(text));
            note.setString(8, "dr.rahman");
            note.setTimestamp(9, Timestamp.from(started.plus(Duration.ofMinutes(15))));
            audit(note, 10);
            note.addBatch();

            boolean prescribed = chronic || random.nextInt(10) < 6;
            String drug = chronic ? CHRONIC_DRUGS[random.nextInt(CHRONIC_DRUGS.length)] : ACUTE_DRUGS[random.nextInt(ACUTE_DRUGS.length)];
            Integer days = chronic ? null : 3 + random.nextInt(12);
            LocalDate end = days == null ? null : day.plusDays(days - 1L);
            // Long-term medication of a chronic visit stays current only for the latest such visits (a real list is short).
            String medicationStatus = chronic && day.isBefore(TODAY.minusDays(365)) ? "STOPPED" : "ACTIVE";
            if (prescribed) {
                medication.setLong(1, id);
                medication.setString(2, uuid(random));
                medication.setLong(3, patientId);
                medication.setLong(4, id);
                medication.setBytes(5, encrypt(drug));
                medication.setBytes(6, encrypt("500 mg"));
                medication.setString(7, "ORAL");
                medication.setBytes(8, encrypt("twice daily"));
                medication.setObject(9, days);
                medication.setString(10, "dr.rahman");
                medication.setObject(11, day);
                medication.setObject(12, end);
                medication.setString(13, medicationStatus);
                audit(medication, 14);
                medication.addBatch();
            }
            if (plainCopy) {
                plainEncounter.setLong(1, id);
                plainEncounter.setLong(2, patientId);
                plainEncounter.setString(3, type);
                plainEncounter.setTimestamp(4, Timestamp.from(started));
                plainEncounter.setTimestamp(5, Timestamp.from(ended));
                plainEncounter.setString(6, "dr.rahman");
                plainEncounter.setString(7, complaint);
                plainEncounter.addBatch();
                plainDiagnosis.setLong(1, id);
                plainDiagnosis.setLong(2, patientId);
                plainDiagnosis.setLong(3, id);
                plainDiagnosis.setString(4, code);
                plainDiagnosis.setString(5, status);
                plainDiagnosis.addBatch();
                plainVitals.setLong(1, id);
                plainVitals.setLong(2, patientId);
                plainVitals.setTimestamp(3, Timestamp.from(started.plus(Duration.ofMinutes(5))));
                plainVitals.setInt(4, systolic);
                plainVitals.setInt(5, diastolic);
                plainVitals.setInt(6, pulse);
                plainVitals.setBigDecimal(7, new BigDecimal(temperature));
                plainVitals.addBatch();
                if (prescribed) {
                    plainMedication.setLong(1, id);
                    plainMedication.setLong(2, patientId);
                    plainMedication.setString(3, drug);
                    plainMedication.setString(4, "500 mg");
                    plainMedication.setString(5, "twice daily");
                    plainMedication.setObject(6, day);
                    plainMedication.setObject(7, end);
                    plainMedication.setString(8, medicationStatus);
                    plainMedication.addBatch();
                }
            }
            if (++pending >= 500) {
                flush();
            }
        }

        void allergy(long patientId, String substance, String category, String reaction, String severity) throws Exception {
            allergy.setString(1, UUID.randomUUID().toString());
            allergy.setLong(2, patientId);
            allergy.setBytes(3, encrypt(substance));
            allergy.setString(4, category);
            allergy.setBytes(5, encrypt(reaction));
            allergy.setString(6, severity);
            audit(allergy, 7);
            allergy.addBatch();
        }

        void flush() throws Exception {
            for (PreparedStatement batch : statements()) {
                batch.executeBatch();
            }
            connection.commit();
            pending = 0;
        }

        private void audit(PreparedStatement statement, int firstIndex) throws Exception {
            statement.setTimestamp(firstIndex, now);
            statement.setString(firstIndex + 1, BY);
            statement.setTimestamp(firstIndex + 2, now);
            statement.setString(firstIndex + 3, BY);
        }

        private byte[] encrypt(String value) {
            return cipher.encrypt(value.getBytes(StandardCharsets.UTF_8));
        }

        private static String uuid(SplittableRandom random) {
            return new UUID(random.nextLong(), random.nextLong()).toString();
        }

        private List<PreparedStatement> statements() {
            return List.of(encounter, diagnosis, vitals, note, medication, allergy, plainEncounter, plainDiagnosis, plainVitals,
                    plainMedication);
        }

        @Override
        public void close() throws Exception {
            for (PreparedStatement statement : statements()) {
                statement.close();
            }
        }
    }
}
