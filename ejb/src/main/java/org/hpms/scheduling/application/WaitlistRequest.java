package org.hpms.scheduling.application;

import java.io.Serializable;
import java.time.Instant;
import org.hpms.scheduling.domain.VisitType;

/** A patient asks for an earlier slot of a specialization (optionally with one doctor) between two times. */
public record WaitlistRequest(String mrn, String specialization, String doctor, VisitType visitType, Instant windowFrom,
                              Instant windowUntil) implements Serializable {
}
