package org.hpms.lab.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hpms.audit.domain.AuditAction;
import org.hpms.clinical.application.ChartRecords;
import org.hpms.lab.domain.LabObservation;
import org.hpms.lab.domain.LabReport;
import org.hpms.patient.domain.InvalidPatientDataException;
import org.hpms.patient.domain.Patient;
import org.hpms.security.Roles;

/** Lab results on the patient's chart: the latest reports, one report with its history, a test's trend. Every read is audited. */
@Stateless
@RolesAllowed({Roles.DOCTOR, Roles.NURSE})
public class LabResultQueries {

    public static final int MAX_TREND_POINTS = 200;

    @PersistenceContext
    EntityManager em;

    @EJB
    ChartRecords records;

    /** The current (not superseded) reports of a patient, newest first. */
    public List<LabReportView> recentReports(String mrn, int max) {
        Patient patient = records.patient(mrn);
        List<LabReportView> reports = em.createQuery("SELECT r FROM LabReport r JOIN FETCH r.patient LEFT JOIN FETCH r.order"
                        + " WHERE r.patient = :patient AND r.supersededBy IS NULL ORDER BY r.receivedAt DESC, r.id DESC", LabReport.class)
                .setParameter("patient", patient).setMaxResults(Math.max(1, Math.min(max, 200)))
                .getResultStream().map(LabReportView::of).toList();
        records.audited(AuditAction.LAB_RESULT_VIEWED, patient, "chart list");
        return reports;
    }

    public LabReportDetails report(long reportId) {
        LabReport report = em.createQuery("SELECT r FROM LabReport r JOIN FETCH r.patient LEFT JOIN FETCH r.order"
                        + " WHERE r.id = :id", LabReport.class)
                .setParameter("id", reportId).getResultStream().findFirst()
                .orElseThrow(() -> new InvalidPatientDataException(Map.of("report", "No such lab report")));
        LabReportDetails details = details(report);
        records.audited(AuditAction.LAB_RESULT_VIEWED, report.getPatient(), "report " + reportId);
        return details;
    }

    /** The numeric values of one observation code (LOINC) for a patient, oldest first; superseded values left out. */
    public List<LabTrendPoint> trend(String mrn, String code) {
        Patient patient = records.patient(mrn);
        List<Object[]> rows = em.createQuery("SELECT o.observedAt, o.value, o.units, o.abnormalFlag FROM LabObservationEntry o"
                        + " JOIN o.report r WHERE o.patient = :patient AND o.code = :code AND r.supersededBy IS NULL"
                        + " ORDER BY o.observedAt DESC, o.id DESC", Object[].class)
                .setParameter("patient", patient).setParameter("code", code == null ? "" : code)
                .setMaxResults(MAX_TREND_POINTS).getResultList();
        List<LabTrendPoint> points = new ArrayList<>();
        for (Object[] row : rows) {
            BigDecimal value = LabObservation.numberIn((String) row[1]);
            if (value != null && row[0] != null) {
                points.add(0, new LabTrendPoint((Instant) row[0], value, (String) row[2], (String) row[3]));
            }
        }
        records.audited(AuditAction.LAB_RESULT_VIEWED, patient, "trend " + code);
        return points;
    }

    /** The report and, newest first, every report it superseded, directly or through others; one query for all their observations. */
    LabReportDetails details(LabReport report) {
        List<LabReport> chain = new ArrayList<>(List.of(report));
        List<LabReport> generation = List.of(report);
        while (!generation.isEmpty()) {
            generation = em.createQuery("SELECT r FROM LabReport r JOIN FETCH r.patient WHERE r.supersededBy IN :reports"
                    + " ORDER BY r.receivedAt DESC, r.id DESC", LabReport.class).setParameter("reports", generation).getResultList();
            chain.addAll(generation);
        }
        Map<Long, List<LabObservationView>> observations = observationsOf(chain);
        List<LabReportDetails> earlier = chain.subList(1, chain.size()).stream()
                .map(r -> new LabReportDetails(LabReportView.of(r), observations.getOrDefault(r.getId(), List.of()), List.of())).toList();
        return new LabReportDetails(LabReportView.of(report), observations.getOrDefault(report.getId(), List.of()), earlier);
    }

    private Map<Long, List<LabObservationView>> observationsOf(List<LabReport> reports) {
        Map<Long, List<LabObservationView>> byReport = new HashMap<>();
        em.createQuery("SELECT o.report.id, o.setId, o.code, o.name, o.value, o.units, o.referenceRange, o.abnormalFlag, o.critical,"
                        + " o.flagSource, o.resultStatus, o.observedAt, o.notes, o.valueType FROM LabObservationEntry o"
                        + " WHERE o.report IN :reports ORDER BY o.setId, o.id", Object[].class)
                .setParameter("reports", reports).getResultStream()
                .forEach(row -> byReport.computeIfAbsent((Long) row[0], id -> new ArrayList<>()).add(new LabObservationView((Integer) row[1],
                        (String) row[2], (String) row[3], (String) row[4], (String) row[5], (String) row[6], (String) row[7],
                        (Boolean) row[8], (String) row[9], (String) row[10], (Instant) row[11], (String) row[12],
                        "NM".equals(row[13]) && LabObservation.numberIn((String) row[4]) != null)));
        return byReport;
    }
}
