package org.hpms.lab.application;

import java.io.Serializable;
import java.time.Instant;
import org.hpms.lab.domain.LabReport;

/** A result report as lists show it: whose, which test, how it stands, who signed it off. */
public record LabReportView(long id, String mrn, String patientName, String placerOrderNumber, String testCode, String testName,
                            String resultStatus, boolean abnormal, boolean critical, Instant receivedAt, Instant observedAt, String reviewer,
                            Instant signedOffAt, String signedOffBy, boolean superseded) implements Serializable {

    public static LabReportView of(LabReport report) {
        return new LabReportView(report.getId(), report.getPatient().getMrn().value(), report.getPatient().getFullName(),
                report.getOrder() == null ? null : report.getOrder().getPlacerOrderNumber(), report.getTestCode(), report.getTestName(),
                report.getResultStatus(), report.isAbnormal(), report.isCritical(), report.getReceivedAt(), report.getObservedAt(),
                report.getReviewer(), report.getSignedOffAt(), report.getSignedOffBy(), report.getSupersededBy() != null);
    }

    /** OBR-25 / OBX-11 in words. */
    public String statusLabel() {
        return switch (resultStatus == null ? "" : resultStatus) {
            case "F" -> "Final";
            case "C" -> "Corrected";
            case "A" -> "Amended";
            case "P" -> "Preliminary";
            case "I", "S", "R" -> "In progress";
            case "X" -> "Cannot be done";
            default -> resultStatus == null ? "" : resultStatus;
        };
    }
}
