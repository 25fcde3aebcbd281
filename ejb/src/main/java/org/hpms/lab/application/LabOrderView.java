package org.hpms.lab.application;

import java.io.Serializable;
import java.time.Instant;
import org.hpms.lab.domain.LabOrder;
import org.hpms.lab.domain.LabOrderStatus;
import org.hpms.lab.domain.LabPriority;

/** An order as the screens list it; {@code dueAt} is when the catalogue's turnaround says results should be in. */
public record LabOrderView(String placerOrderNumber, String mrn, String patientName, String testCode, String testName, String specimenType,
                           LabPriority priority, LabOrderStatus status, Instant orderedAt, String orderingDoctor, String accessionNumber,
                           Instant collectedAt, String collectedBy, Instant resultedAt, Instant dueAt) implements Serializable {

    public static LabOrderView of(LabOrder order) {
        return new LabOrderView(order.getPlacerOrderNumber(), order.getPatient().getMrn().value(), order.getPatient().getFullName(),
                order.getTest().getCode(), order.getTest().getName(), order.getTest().getSpecimenType(), order.getPriority(),
                order.getStatus(), order.getOrderedAt(), order.getOrderingDoctor(), order.getAccessionNumber(), order.getCollectedAt(),
                order.getCollectedBy(), order.getResultedAt(), order.getOrderedAt().plusSeconds(60L * order.getTest().getTurnaroundMinutes()));
    }
}
