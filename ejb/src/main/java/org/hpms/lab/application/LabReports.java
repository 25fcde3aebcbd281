package org.hpms.lab.application;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.hpms.lab.domain.LabReport;
import org.hpms.patient.domain.InvalidPatientDataException;

/** Reading reports and their observations, in the caller's transaction: shared by the chart and the inbox. */
final class LabReports {

    private LabReports() {
    }

    static LabReport find(EntityManager em, long reportId) {
        return em.createQuery("SELECT r FROM LabReport r JOIN FETCH r.patient LEFT JOIN FETCH r.order LEFT JOIN FETCH r.supersededBy"
                        + " WHERE r.id = :id", LabReport.class)
                .setParameter("id", reportId).getResultStream().findFirst()
                .orElseThrow(() -> new InvalidPatientDataException(Map.of("report", "No such lab report")));
    }

    static List<LabObservationView> observations(EntityManager em, LabReport report) {
        return em.createQuery("SELECT o.setId, o.code, o.name, o.value, o.units, o.referenceRange, o.abnormalFlag, o.critical,"
                        + " o.flagSource, o.resultStatus, o.observedAt, o.notes, o.valueType FROM LabObservationEntry o"
                        + " WHERE o.report = :report ORDER BY o.setId, o.id", Object[].class)
                .setParameter("report", report).getResultStream()
                .map(row -> new LabObservationView((Integer) row[0], (String) row[1], (String) row[2], (String) row[3], (String) row[4],
                        (String) row[5], (String) row[6], (Boolean) row[7], (String) row[8], (String) row[9], (Instant) row[10],
                        (String) row[11], "NM".equals(row[12]) && numberOrNull((String) row[3]) != null))
                .toList();
    }

    static BigDecimal numberOrNull(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
