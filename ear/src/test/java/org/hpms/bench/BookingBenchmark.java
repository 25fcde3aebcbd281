package org.hpms.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.hpms.it.support.Deployments;
import org.hpms.it.support.SchedulingFixtures;
import org.hpms.it.support.Staff;
import org.hpms.scheduling.application.AssignmentRequest;
import org.hpms.scheduling.application.AssignmentService;
import org.hpms.scheduling.application.BookingRequest;
import org.hpms.scheduling.application.BookingService;
import org.hpms.scheduling.application.SchedulingAdminService;
import org.hpms.scheduling.domain.RankingPolicy;
import org.hpms.scheduling.domain.SlotTakenException;
import org.hpms.scheduling.domain.VisitType;
import org.hpms.security.Roles;
import org.hpms.shared.config.HpmsConfiguration;
import org.hpms.staff.application.StaffAccountService;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Automated booking under load, through the real services (EJB security, JPA, the doctor-row lock, the
 * unique keys, audit and reminder rows): 64 concurrent clients ask for the best doctor of a
 * specialization that 50 doctors practise, each in a 3-day window somewhere in the next 30 days, and
 * book it in one step. Afterwards a SQL check counts double bookings (doctor or patient). Then 200
 * clients race for one slot. Baseline in the same run: the same appointments written by plain INSERTs
 * (no assignment, no checks) from as many clients. Timings are reported, never asserted.
 */
@ExtendWith(ArquillianExtension.class)
class BookingBenchmark {

    static final String SPECIALIZATION = "BENCH_MEDICINE";
    static final String DEPARTMENT = "Bench OPD";
    static final int DOCTORS = 50;
    static final int DAYS = 30;
    static final int CLIENTS = 64;
    static final int WARM_UP_PER_CLIENT = 50;
    static final int MEASURED_PER_CLIENT = 40;
    static final int RACERS = 200;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.applicationWithTests(BookingBenchmark.class, LatencyStats.class, PatientDataGenerator.class,
                PatientDataGenerator.Dataset.class, DatabaseCounters.class);
    }

    @EJB(lookup = "java:global/hpms/hpms-ejb/AssignmentService")
    AssignmentService assignments;
    @EJB(lookup = "java:global/hpms/hpms-ejb/BookingService")
    BookingService booking;
    @EJB(lookup = "java:global/hpms/hpms-ejb/SchedulingAdminService")
    SchedulingAdminService admin;
    @EJB(lookup = "java:global/hpms/hpms-ejb/StaffAccountService")
    StaffAccountService accounts;

    @Resource(lookup = "java:jboss/datasources/HpmsLocalDS")
    DataSource dataSource;

    @Resource(lookup = "java:jboss/ee/concurrency/factory/default")
    ManagedThreadFactory threads;

    private final ZoneId zone = HpmsConfiguration.hospitalZone();

    @Test
    void automatedBookingThroughputAndContention() throws Exception {
        PatientDataGenerator.Dataset patients;
        try (Connection connection = dataSource.getConnection()) {
            patients = PatientDataGenerator.Dataset.find(connection);
        }
        assertNotNull(patients, "generate the patients first (./hpms bench does)");
        setUpDoctors();
        clearEarlierRuns();
        AtomicLong nextPatient = new AtomicLong(new SplittableRandom().nextLong(patients.count() / 2));
        LocalDate firstDay = LocalDate.now(zone).plusDays(1);

        // Throughput: each client books one appointment after another, each for another patient.
        int total = CLIENTS * (WARM_UP_PER_CLIENT + MEASURED_PER_CLIENT);
        long[] nanos = new long[CLIENTS * MEASURED_PER_CLIENT];
        AtomicInteger measuredIndex = new AtomicInteger();
        Map<String, AtomicInteger> failures = new ConcurrentHashMap<>();
        CountDownLatch warmedUp = new CountDownLatch(CLIENTS);
        long[] wall = new long[2];
        List<Map<String, Long>> counters = new ArrayList<>();
        Staff.as(Staff.RECEPTIONIST, () -> {
            List<Thread> clients = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                SplittableRandom random = new SplittableRandom(c);
                clients.add(threads.newThread(() -> {
                    for (int i = 0; i < WARM_UP_PER_CLIENT + MEASURED_PER_CLIENT; i++) {
                        if (i == WARM_UP_PER_CLIENT) {
                            warmedUp.countDown();
                            awaitQuietly(warmedUp);
                        }
                        LocalDate day = firstDay.plusDays(random.nextInt(DAYS - 2));
                        AssignmentRequest request = new AssignmentRequest(patients.mrn(nextPatient.getAndIncrement()).value(),
                                SPECIALIZATION, null, VisitType.NEW, day.atStartOfDay(zone).toInstant(),
                                day.plusDays(3).atStartOfDay(zone).toInstant(), null, RankingPolicy.BALANCED_LOAD, null);
                        long start = System.nanoTime();
                        try {
                            assignments.assignAndBook(request);
                        } catch (Exception e) {
                            failures.computeIfAbsent(e.getClass().getSimpleName(), k -> new AtomicInteger()).incrementAndGet();
                        }
                        if (i >= WARM_UP_PER_CLIENT) {
                            nanos[measuredIndex.getAndIncrement()] = System.nanoTime() - start;
                        }
                    }
                }));
            }
            clients.forEach(Thread::start);
            warmedUp.await();
            counters.add(databaseCounters());
            wall[0] = System.nanoTime();
            for (Thread client : clients) {
                client.join();
            }
            wall[1] = System.nanoTime();
            counters.add(databaseCounters());
            return null;
        });
        LatencyStats service = new LatencyStats("auto-assign and book (service)", nanos, wall[1] - wall[0]);
        long booked = count("SELECT COUNT(*) FROM appointment a JOIN doctor_profile d ON d.id = a.doctor_id"
                + " WHERE d.department = '" + DEPARTMENT + "' AND a.status <> 'CANCELLED'");
        long doubleBookedDoctors = count("SELECT COUNT(*) FROM appointment a JOIN appointment b ON a.doctor_id = b.doctor_id"
                + " AND a.id < b.id AND a.starts_at < b.ends_at AND b.starts_at < a.ends_at JOIN doctor_profile d ON d.id = a.doctor_id"
                + " WHERE d.department = '" + DEPARTMENT + "' AND a.status <> 'CANCELLED' AND b.status <> 'CANCELLED'");
        long doubleBookedPatients = count("SELECT COUNT(*) FROM appointment a JOIN appointment b ON a.patient_id = b.patient_id"
                + " AND a.id < b.id AND a.starts_at < b.ends_at AND b.starts_at < a.ends_at JOIN doctor_profile d ON d.id = a.doctor_id"
                + " WHERE d.department = '" + DEPARTMENT + "' AND a.status <> 'CANCELLED' AND b.status <> 'CANCELLED'");

        LatencyStats baseline = plainInserts();

        // Contention: 200 clients, 200 patients, one doctor's one slot (after the throughput window).
        Instant contested = firstDay.plusDays(DAYS + 1).atTime(9, 0).atZone(zone).toInstant();
        Map<String, AtomicInteger> outcomes = new ConcurrentHashMap<>();
        long[] raceNanos = new long[RACERS];
        CountDownLatch ready = new CountDownLatch(RACERS);
        CountDownLatch go = new CountDownLatch(1);
        long raceWall = Staff.as(Staff.RECEPTIONIST, () -> {
            List<Thread> racers = new ArrayList<>();
            for (int r = 0; r < RACERS; r++) {
                int racer = r;
                String mrn = patients.mrn(nextPatient.getAndIncrement()).value();
                racers.add(threads.newThread(() -> {
                    ready.countDown();
                    awaitQuietly(go);
                    long start = System.nanoTime();
                    String outcome;
                    try {
                        booking.book(new BookingRequest(mrn, doctor(1), contested, VisitType.NEW, SPECIALIZATION, null));
                        outcome = "booked";
                    } catch (SlotTakenException e) {
                        outcome = "slot taken";
                    } catch (Exception e) {
                        outcome = "error " + e.getClass().getSimpleName();
                    }
                    raceNanos[racer] = System.nanoTime() - start;
                    outcomes.computeIfAbsent(outcome, k -> new AtomicInteger()).incrementAndGet();
                }));
            }
            racers.forEach(Thread::start);
            ready.await();
            long started = System.nanoTime();
            go.countDown();
            for (Thread racer : racers) {
                racer.join();
            }
            return System.nanoTime() - started;
        });
        LatencyStats race = new LatencyStats("200 clients, one slot", raceNanos, raceWall);

        List<String> report = new ArrayList<>();
        report.add("Automated booking: " + CLIENTS + " concurrent clients (receptionist identity, in-server threads), " + DOCTORS
                + " doctors of one specialization working 08:00-20:00 every day (20-minute visits, capacity 40/day), requests for"
                + " a random 3-day window in the next " + DAYS + " days, policy BALANCED_LOAD; each call proposes and books"
                + " (retrying the next proposal when a slot is taken meanwhile). " + (CLIENTS * MEASURED_PER_CLIENT)
                + " measured after " + (CLIENTS * WARM_UP_PER_CLIENT) + " warm-up. Baseline: the same number of plain INSERTs into a"
                + " copy of the appointment table from " + CLIENTS + " clients (no assignment, no checks, no audit).");
        report.add("");
        report.add("| series | n | p50 ms | p95 ms | p99 ms | per s | baseline p50 ms | baseline p95 ms | p50 ratio |");
        report.add("|---|---|---|---|---|---|---|---|---|");
        report.add(service.markdownRow(baseline));
        report.add(baseline.markdownRow(baseline));
        report.add("");
        report.add(String.format("Throughput ratio (plain INSERTs / service): %.1fx. Appointments held by the bench doctors: %d of %d"
                + " attempts; failed attempts: %s.", baseline.perSecond() / service.perSecond(), booked, total, failures));
        int measured = CLIENTS * MEASURED_PER_CLIENT;
        report.add("Database work per measured booking (server status counters): " + String.join(", ", DatabaseCounters.NAMES.stream()
                .map(name -> String.format("%s %.1f", name, (counters.get(1).getOrDefault(name, 0L) - counters.get(0).getOrDefault(name, 0L))
                        / (double) measured))
                .toList()) + ".");
        report.add("Double bookings found afterwards by SQL (overlapping holding appointments): doctors " + doubleBookedDoctors
                + ", patients " + doubleBookedPatients + ".");
        report.add("");
        report.add(String.format("Contention: %d clients book the same doctor's 09:00 at once: %s; p50 %.1f ms, p99 %.1f ms,"
                + " all answered in %.2f s.", RACERS, outcomes, race.percentileMillis(50), race.percentileMillis(99), raceWall / 1e9));
        String text = String.join("\n", report) + "\n";
        System.out.println(text);
        String dir = System.getenv("HPMS_BENCH_DIR");
        if (dir != null) {
            Files.createDirectories(Path.of(dir));
            Files.writeString(Path.of(dir, "booking.md"), text);
        }

        assertEquals(0, doubleBookedDoctors, "no doctor is ever double-booked");
        assertEquals(0, doubleBookedPatients, "no patient is ever double-booked");
        assertEquals(1, outcomes.get("booked").get(), outcomes.toString());
        assertEquals(RACERS - 1, outcomes.get("slot taken").get(), outcomes.toString());
    }

    /** The bench doctors (created once per data set): 50 accounts, profiles and an every-day template. */
    private void setUpDoctors() throws Exception {
        Staff.as(Staff.ADMIN, () -> {
            admin.saveSpecialization(SPECIALIZATION, "Benchmark medicine");
            for (int d = 1; d <= DOCTORS; d++) {
                if (!accounts.exists(doctor(d))) {
                    accounts.create(doctor(d), "Dr. Bench " + d, "Bench-Doctor-Pass-" + d, List.of(Roles.DOCTOR));
                    admin.saveProfile(doctor(d), DEPARTMENT, 20, 10, 40, List.of("English"), List.of(SPECIALIZATION));
                    SchedulingFixtures.worksEveryDay(admin, doctor(d), LocalTime.of(8, 0), LocalTime.of(20, 0), "Bench " + d,
                            LocalDate.of(2026, 1, 1));
                }
            }
            return null;
        });
    }

    private static String doctor(int number) {
        return String.format("bench.dr%02d", number);
    }

    /** Earlier runs' appointments (and their reminders) go, so that every run books into the same empty month. */
    private void clearEarlierRuns() throws Exception {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            String benchAppointments = "SELECT a.id FROM appointment a JOIN doctor_profile d ON d.id = a.doctor_id WHERE d.department = '"
                    + DEPARTMENT + "'";
            statement.executeUpdate("DELETE FROM notification WHERE appointment_id IN (" + benchAppointments + ")");
            statement.executeUpdate("DELETE FROM appointment WHERE id IN (SELECT id FROM (" + benchAppointments + ") x)");
            statement.executeUpdate("DROP TABLE IF EXISTS bench_plain_appointment");
            statement.executeUpdate("CREATE TABLE bench_plain_appointment (id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,"
                    + " patient_id BIGINT NOT NULL, doctor_id BIGINT NOT NULL, starts_at DATETIME(6) NOT NULL, ends_at DATETIME(6) NOT NULL,"
                    + " visit_type VARCHAR(16) NOT NULL, specialization_code VARCHAR(40) NOT NULL, status VARCHAR(16) NOT NULL,"
                    + " created_at DATETIME(6) NOT NULL, INDEX ix_plain_doctor (doctor_id, starts_at)) ENGINE = InnoDB");
        }
    }

    /** The appointments the service booked, written again by plain single-row INSERTs from as many clients. */
    private LatencyStats plainInserts() throws Exception {
        List<Object[]> rows = new ArrayList<>();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("SELECT a.patient_id, a.doctor_id, a.starts_at, a.ends_at FROM appointment a"
                     + " JOIN doctor_profile d ON d.id = a.doctor_id WHERE d.department = '" + DEPARTMENT + "' ORDER BY a.id")) {
            while (result.next()) {
                rows.add(new Object[] {result.getLong(1), result.getLong(2), result.getTimestamp(3), result.getTimestamp(4)});
            }
        }
        int perClient = rows.size() / CLIENTS;
        long[] nanos = new long[perClient * CLIENTS];
        CountDownLatch go = new CountDownLatch(1);
        List<Thread> clients = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            int client = c;
            clients.add(threads.newThread(() -> {
                awaitQuietly(go);
                for (int i = 0; i < perClient; i++) {
                    Object[] row = rows.get(client * perClient + i);
                    long start = System.nanoTime();
                    try (Connection connection = dataSource.getConnection(); PreparedStatement insert = connection.prepareStatement(
                            "INSERT INTO bench_plain_appointment (patient_id, doctor_id, starts_at, ends_at, visit_type,"
                                    + " specialization_code, status, created_at) VALUES (?, ?, ?, ?, 'NEW', ?, 'BOOKED', ?)")) {
                        insert.setLong(1, (Long) row[0]);
                        insert.setLong(2, (Long) row[1]);
                        insert.setTimestamp(3, (Timestamp) row[2]);
                        insert.setTimestamp(4, (Timestamp) row[3]);
                        insert.setString(5, SPECIALIZATION);
                        insert.setObject(6, LocalDateTime.now(ZoneOffset.UTC));
                        insert.executeUpdate();
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                    nanos[client * perClient + i] = System.nanoTime() - start;
                }
            }));
        }
        clients.forEach(Thread::start);
        long started = System.nanoTime();
        go.countDown();
        for (Thread client : clients) {
            client.join();
        }
        return new LatencyStats("plain INSERT (baseline)", nanos, System.nanoTime() - started);
    }

    /** The server's own counters (statements, rows read, lock waits) since it started. */
    private Map<String, Long> databaseCounters() throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            return DatabaseCounters.read(connection);
        }
    }

    private long count(String sql) throws Exception {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
