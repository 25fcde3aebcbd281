package org.hpms.bench;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;
import javax.sql.DataSource;
import org.hpms.it.support.Deployments;
import org.hpms.it.support.Staff;
import org.hpms.patient.application.PatientQueryService;
import org.hpms.patient.application.PatientSearchCriteria;
import org.hpms.patient.domain.Demographics;
import org.hpms.shared.crypto.SearchNormalizer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Patient search at scale, through the real service (EJB security, blind-index query, decryption of
 * the page, audit row), against the same searches on a plaintext copy with ordinary indexes (the
 * baseline), interleaved in the same run. Results go to patient-search.md in HPMS_BENCH_DIR.
 * Checks only that searches find the right patients; timings are reported, never asserted.
 */
@ExtendWith(ArquillianExtension.class)
class PatientSearchBenchmark {

    private static final int WARM_UP = 300;
    private static final int MEASURED = 2_000;
    private static final int PAGE = 20;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.applicationWithTests(PatientSearchBenchmark.class, LatencyStats.class, SyntheticPeople.class,
                PatientDataGenerator.class, PatientDataGenerator.Dataset.class);
    }

    @EJB(lookup = "java:global/hpms/hpms-ejb/PatientQueryService")
    PatientQueryService patients;

    @Resource(lookup = "java:jboss/datasources/HpmsLocalDS")
    DataSource dataSource;

    record Query(String kind, PatientSearchCriteria criteria, String plainSql, List<Object> plainParameters, String expectedMrn) {
    }

    @Test
    void searchLatencyAtScale() throws Exception {
        PatientDataGenerator.Dataset dataset;
        try (Connection connection = dataSource.getConnection()) {
            dataset = PatientDataGenerator.Dataset.find(connection);
        }
        assertNotNull(dataset, "load the data set first (./hpms bench does)");
        SyntheticPeople people = new SyntheticPeople(dataset.seed());
        SplittableRandom random = new SplittableRandom(42);
        List<String> report = new ArrayList<>();
        report.add("Patients: " + dataset.count() + "; " + MEASURED + " measured searches per kind after " + WARM_UP
                + " warm-up; one client; page size " + PAGE + ".");
        report.add("");
        report.add("| search | n | p50 ms | p95 ms | p99 ms | searches/s | baseline p50 ms | baseline p95 ms | p50 ratio |");
        report.add("|---|---|---|---|---|---|---|---|---|");
        for (String kind : List.of("name-prefix", "mrn", "phone")) {
            List<Query> queries = new ArrayList<>();
            for (int i = 0; i < WARM_UP + MEASURED; i++) {
                long index = random.nextLong(dataset.count());
                queries.add(query(kind, people.person(index, LocalDate.of(2026, 11, 25)), dataset.mrn(index).value(), dataset.firstId() + index));
            }
            LatencyStats service = measure(kind + " (service)", queries, this::viaService);
            LatencyStats baseline = measure(kind + " (plain SQL)", queries, this::viaPlainSql);
            report.add(service.markdownRow(baseline));
        }
        String text = String.join("\n", report) + "\n";
        System.out.println(text);
        String dir = System.getenv("HPMS_BENCH_DIR");
        if (dir != null) {
            Files.createDirectories(Path.of(dir));
            Files.writeString(Path.of(dir, "patient-search.md"), text);
        }
    }

    private Query query(String kind, Demographics person, String mrn, long id) {
        return switch (kind) {
            case "name-prefix" -> {
                List<String> family = SearchNormalizer.nameWords(person.getFamilyName());
                List<String> given = SearchNormalizer.nameWords(person.getGivenName());
                String familyPrefix = family.get(0).substring(0, Math.min(4, family.get(0).length()));
                String givenPrefix = given.get(0).substring(0, Math.min(3, given.get(0).length()));
                yield new Query(kind, PatientSearchCriteria.byName(familyPrefix + " " + givenPrefix),
                        "SELECT p.mrn, p.given_name, p.family_name, p.birth_date FROM bench_plain_patient p"
                                + " WHERE p.id IN (SELECT patient_id FROM bench_plain_name_token WHERE token = ?)"
                                + " AND p.id IN (SELECT patient_id FROM bench_plain_name_token WHERE token = ?)"
                                + " ORDER BY p.id DESC LIMIT " + PAGE,
                        List.of(familyPrefix, givenPrefix), null);
            }
            case "mrn" -> new Query(kind, new PatientSearchCriteria(mrn, null, null, null, null),
                    "SELECT p.mrn, p.given_name, p.family_name, p.birth_date FROM bench_plain_patient p WHERE p.mrn = ?",
                    List.of(mrn), mrn);
            case "phone" -> new Query(kind, new PatientSearchCriteria(null, null, person.getPhone(), null, null),
                    "SELECT p.mrn, p.given_name, p.family_name, p.birth_date FROM bench_plain_patient p WHERE p.phone_digits = ?",
                    List.of(SearchNormalizer.phone(person.getPhone())), mrn);
            default -> throw new IllegalArgumentException(kind);
        };
    }

    private List<String> viaService(Query query) {
        return patients.search(query.criteria(), 0, PAGE).stream().map(row -> row.mrn()).toList();
    }

    private List<String> viaPlainSql(Query query) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(query.plainSql())) {
            for (int i = 0; i < query.plainParameters().size(); i++) {
                statement.setObject(i + 1, query.plainParameters().get(i));
            }
            List<String> mrns = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    mrns.add(rows.getString(1));
                }
            }
            return mrns;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private LatencyStats measure(String name, List<Query> queries, Function<Query, List<String>> search) throws Exception {
        return Staff.as(Staff.RECEPTIONIST, () -> {
            long[] nanos = new long[MEASURED];
            long wallStart = 0;
            for (int i = 0; i < queries.size(); i++) {
                if (i == WARM_UP) {
                    wallStart = System.nanoTime();
                }
                Query query = queries.get(i);
                long start = System.nanoTime();
                List<String> found = search.apply(query);
                long elapsed = System.nanoTime() - start;
                if (i >= WARM_UP) {
                    nanos[i - WARM_UP] = elapsed;
                }
                if (query.expectedMrn() != null) {
                    assertTrue(found.contains(query.expectedMrn()), name + " must find " + query.expectedMrn());
                } else {
                    assertFalse(found.isEmpty(), name + " must find someone");
                }
            }
            return new LatencyStats(name, nanos, System.nanoTime() - wallStart);
        });
    }
}
