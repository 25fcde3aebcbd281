package org.hpms.scheduling.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.hpms.scheduling.application.AppointmentView;
import org.hpms.scheduling.application.BookingService;

/** The "upcoming appointments" card of the patient page, read once per view. */
@Named
@ViewScoped
public class PatientAppointmentsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    BookingService booking;

    private String mrn;
    private List<AppointmentView> upcoming = List.of();

    public List<AppointmentView> upcoming(String patientMrn) {
        if (patientMrn != null && !patientMrn.equals(mrn)) {
            mrn = patientMrn;
            upcoming = booking.upcomingFor(patientMrn);
        }
        return upcoming;
    }
}
