package org.hpms.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import javax.sql.DataSource;
import org.hpms.clinical.application.ChartService;
import org.hpms.clinical.application.ChartSummary;
import org.hpms.clinical.application.EncounterSummary;
import org.hpms.clinical.application.VitalSignsService;
import org.hpms.clinical.application.VitalsView;
import org.hpms.it.support.Deployments;
import org.hpms.it.support.Staff;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Opening a chart as the patient page does it (summary + first timeline page + vital-sign trend)
 * through the real services (EJB security, JPA, decryption, audit rows), for the benchmark patient
 * with 1,000 encounters and for typical patients of the generated history. Baseline: the same facts
 * read with plain SQL from a plaintext copy with ordinary indexes, interleaved in the same run.
 * Checks only that the charts are complete; timings are reported, never asserted.
 */
@ExtendWith(ArquillianExtension.class)
class ChartOpenBenchmark {

    private static final int WARM_UP = 100;
    private static final int MEASURED = 500;
    private static final int PAGE = 20;
    private static final int TREND = 30;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.applicationWithTests(ChartOpenBenchmark.class, LatencyStats.class, PatientDataGenerator.class,
                PatientDataGenerator.Dataset.class, ChartHistoryGenerator.class, ChartHistoryGenerator.ChartPatient.class);
    }

    @EJB(lookup = "java:global/hpms/hpms-ejb/ChartService")
    ChartService charts;

    @EJB(lookup = "java:global/hpms/hpms-ejb/VitalSignsService")
    VitalSignsService vitalSigns;

    @Resource(lookup = "java:jboss/datasources/HpmsLocalDS")
    DataSource dataSource;

    record OpenedChart(ChartSummary summary, List<EncounterSummary> page, List<VitalsView> trend) {
    }

    @Test
    void chartOpenLatency() throws Exception {
        ChartHistoryGenerator.ChartPatient chart;
        PatientDataGenerator.Dataset patients;
        try (Connection connection = dataSource.getConnection()) {
            chart = ChartHistoryGenerator.ChartPatient.find(connection);
            patients = PatientDataGenerator.Dataset.find(connection);
        }
        assertNotNull(chart, "generate the history first (./hpms bench does)");
        List<String> report = new ArrayList<>();
        report.add("Chart open = summary (allergies, active problems, current medications, last vitals, open visits,"
                + " encounter count) + first timeline page of " + PAGE + " + trend of " + TREND + " vital-sign sets, as a doctor;"
                + " " + MEASURED + " measured after " + WARM_UP + " warm-up; one client.");
        report.add("");
        report.add("| chart | n | p50 ms | p95 ms | p99 ms | charts/s | baseline p50 ms | baseline p95 ms | p50 ratio |");
        report.add("|---|---|---|---|---|---|---|---|---|");

        OpenedChart opened = Staff.as(Staff.DOCTOR, () -> open(chart.mrn()));
        assertEquals(ChartHistoryGenerator.CHART_ENCOUNTERS, opened.summary().encounterCount());
        assertEquals(PAGE, opened.page().size());
        assertEquals(TREND, opened.trend().size());
        assertFalse(opened.summary().activeProblems().isEmpty());
        assertEquals(2, opened.summary().allergies().size());

        LatencyStats service = measure("1,000 encounters (service)", () -> open(chart.mrn()));
        LatencyStats baseline = measure("1,000 encounters (plain SQL)", () -> openPlain(chart.id()));
        report.add(service.markdownRow(baseline));

        // Typical patients of the generated history; their baseline is the same plain SQL on the big patient's
        // copy, so the ratio there shows the cost of a small chart against a large plaintext one.
        SplittableRandom random = new SplittableRandom(7);
        List<String> typical = new ArrayList<>();
        for (int i = 0; i < WARM_UP + MEASURED; i++) {
            typical.add(patients.mrn(random.nextLong(patients.count())).value());
        }
        int[] next = {0};
        LatencyStats typicalService = measure("typical patient, 0-10 encounters (service)",
                () -> open(typical.get(next[0]++ % typical.size())));
        report.add(typicalService.markdownRow(baseline));

        String text = String.join("\n", report) + "\n";
        System.out.println(text);
        String dir = System.getenv("HPMS_BENCH_DIR");
        if (dir != null) {
            Files.createDirectories(Path.of(dir));
            Files.writeString(Path.of(dir, "chart-open.md"), text);
        }
    }

    private OpenedChart open(String mrn) {
        return new OpenedChart(charts.summary(mrn), charts.timeline(mrn, 0, PAGE), vitalSigns.trend(mrn, TREND));
    }

    /** The same facts from the plaintext copy: what the chart costs without encryption, JPA, EJB and audit. */
    private Object openPlain(long patientId) {
        try (Connection connection = dataSource.getConnection()) {
            List<Object> facts = new ArrayList<>();
            rows(connection, facts, "SELECT d.icd10_code, c.short_description FROM bench_plain_diagnosis d JOIN icd10_code c"
                    + " ON c.code = d.icd10_code WHERE d.patient_id = ? AND d.status = 'ACTIVE' ORDER BY d.id DESC", patientId);
            rows(connection, facts, "SELECT drug, dose, frequency, start_date, end_date FROM bench_plain_medication"
                    + " WHERE patient_id = ? AND status = 'ACTIVE' AND start_date <= CURRENT_DATE"
                    + " AND (end_date IS NULL OR end_date >= CURRENT_DATE)", patientId);
            rows(connection, facts, "SELECT measured_at, systolic, diastolic, pulse, temperature FROM bench_plain_vitals"
                    + " WHERE patient_id = ? ORDER BY measured_at DESC LIMIT " + TREND, patientId);
            rows(connection, facts, "SELECT COUNT(*) FROM bench_plain_encounter WHERE patient_id = ?", patientId);
            rows(connection, facts, "SELECT e.id, e.encounter_type, e.started_at, e.chief_complaint, d.icd10_code FROM"
                    + " (SELECT * FROM bench_plain_encounter WHERE patient_id = ? ORDER BY started_at DESC LIMIT " + PAGE + ") e"
                    + " LEFT JOIN bench_plain_diagnosis d ON d.encounter_id = e.id", patientId);
            assertTrue(facts.size() > PAGE, "plaintext chart complete");
            return facts;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void rows(Connection connection, List<Object> facts, String sql, long patientId) throws Exception {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, patientId);
            try (ResultSet rows = statement.executeQuery()) {
                int columns = rows.getMetaData().getColumnCount();
                while (rows.next()) {
                    Object[] row = new Object[columns];
                    for (int i = 0; i < columns; i++) {
                        row[i] = rows.getObject(i + 1);
                    }
                    facts.add(row);
                }
            }
        }
    }

    private LatencyStats measure(String name, Callable<Object> openChart) throws Exception {
        return Staff.as(Staff.DOCTOR, () -> {
            long[] nanos = new long[MEASURED];
            long wallStart = 0;
            for (int i = 0; i < WARM_UP + MEASURED; i++) {
                if (i == WARM_UP) {
                    wallStart = System.nanoTime();
                }
                long start = System.nanoTime();
                assertNotNull(openChart.call());
                if (i >= WARM_UP) {
                    nanos[i - WARM_UP] = System.nanoTime() - start;
                }
            }
            return new LatencyStats(name, nanos, System.nanoTime() - wallStart);
        });
    }
}
