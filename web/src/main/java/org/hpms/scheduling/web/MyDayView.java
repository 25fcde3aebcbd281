package org.hpms.scheduling.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.hpms.patient.domain.InvalidPatientDataException;
import org.hpms.scheduling.application.AppointmentView;
import org.hpms.scheduling.application.BookingService;
import org.hpms.scheduling.domain.AppointmentStatus;
import org.hpms.shared.config.HpmsConfiguration;
import org.hpms.shared.web.Messages;

/** A doctor's own day: today's patients in time order, calling the next one in and completing the visit. */
@Named
@ViewScoped
public class MyDayView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    BookingService booking;

    private List<AppointmentView> appointments = List.of();

    @PostConstruct
    public void refresh() {
        String me = FacesContext.getCurrentInstance().getExternalContext().getUserPrincipal().getName();
        appointments = booking.dayList(me, LocalDate.now(HpmsConfiguration.hospitalZone()));
    }

    public void callIn(AppointmentView appointment) {
        move(appointment, AppointmentStatus.IN_CONSULTATION);
    }

    public void complete(AppointmentView appointment) {
        move(appointment, AppointmentStatus.COMPLETED);
    }

    private void move(AppointmentView appointment, AppointmentStatus target) {
        try {
            booking.advance(appointment.id(), target);
        } catch (InvalidPatientDataException e) {
            Messages.errors(e.getFieldErrors());
        }
        refresh();
    }

    public long getWaiting() {
        return appointments.stream().filter(a -> a.status() == AppointmentStatus.CHECKED_IN).count();
    }

    public List<AppointmentView> getAppointments() {
        return appointments;
    }
}
