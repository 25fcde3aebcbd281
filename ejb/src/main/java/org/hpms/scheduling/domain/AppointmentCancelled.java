package org.hpms.scheduling.domain;

/**
 * CDI event fired inside the transaction that cancels (or moves) a booked appointment: the doctor's time
 * it freed, for the waitlist to offer.
 */
public record AppointmentCancelled(String appointmentId, String mrn, String doctor, String specialization, TimeInterval freed) {
}
