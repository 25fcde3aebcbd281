package org.hpms.scheduling.application;

import java.io.Serializable;
import java.time.Instant;
import org.hpms.scheduling.domain.VisitType;

/** A request to book a doctor's slot for a patient. */
public record BookingRequest(String mrn, String doctor, Instant start, VisitType visitType, String specialization,
                             String complaint) implements Serializable {
}
