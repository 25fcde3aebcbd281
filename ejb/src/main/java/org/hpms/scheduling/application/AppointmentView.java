package org.hpms.scheduling.application;

import java.io.Serializable;
import java.time.Instant;
import org.hpms.scheduling.domain.Appointment;
import org.hpms.scheduling.domain.AppointmentStatus;
import org.hpms.scheduling.domain.VisitType;

/** An appointment as lists, calendars and the API show it; {@code token} is the queue number once the patient is in. */
public record AppointmentView(String id, String mrn, String patientName, String doctor, Instant start, Instant end,
                              VisitType visitType, String specialization, AppointmentStatus status, String room, String seriesId,
                              boolean walkIn, Integer token) implements Serializable {

    static AppointmentView of(Appointment appointment) {
        return of(appointment, appointment.getPatient().getMrn().value(), appointment.getPatient().getFullName(),
                appointment.getDoctor().getUsername());
    }

    /** For an appointment just made, whose patient and doctor are known without loading them. */
    static AppointmentView of(Appointment appointment, String mrn, String patientName, String doctor) {
        return new AppointmentView(appointment.getPublicId(), mrn, patientName, doctor, appointment.getStartsAt(), appointment.getEndsAt(),
                appointment.getVisitType(), appointment.getSpecialization(), appointment.getStatus(), appointment.getRoom(),
                appointment.getSeriesId(), appointment.isWalkIn(), appointment.getToken());
    }
}
