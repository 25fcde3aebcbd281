package org.hpms.scheduling.domain;

import java.time.Instant;

/**
 * CDI event fired when a visit is completed: what was rendered, for billing to turn into a charge.
 * Fired inside the completing transaction; an observer that fails rolls the completion back.
 */
public record AppointmentCompleted(String appointmentId, String mrn, String doctor, String specialization, VisitType visitType,
                                   Instant completedAt) {
}
