package org.hpms.clinical.application;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import org.hpms.clinical.domain.MedicationOrder;
import org.hpms.clinical.domain.MedicationRoute;
import org.hpms.clinical.domain.MedicationStatus;

/** A prescription as screens and the API show it. */
public record MedicationView(String id, String encounterId, String drug, String dose, MedicationRoute route, String frequency,
                             Integer durationDays, String instructions, String prescriber, LocalDate startDate,
                             LocalDate endDate, MedicationStatus status, Instant stoppedAt, String stoppedBy,
                             String stopReason) implements Serializable {

    static MedicationView of(MedicationOrder order) {
        return new MedicationView(order.getPublicId(), order.getEncounter().getPublicId(), order.getDrug(), order.getDose(),
                order.getRoute(), order.getFrequency(), order.getDurationDays(), order.getInstructions(),
                order.getPrescriber(), order.getStartDate(), order.getEndDate(), order.getStatus(), order.getStoppedAt(),
                order.getStoppedBy(), order.getStopReason());
    }

    /** "Metformin 500 mg oral twice daily". */
    public String summary() {
        return drug + " " + dose + " " + route.getLabel().toLowerCase() + " " + frequency;
    }
}
