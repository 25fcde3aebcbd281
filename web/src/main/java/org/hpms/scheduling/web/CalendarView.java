package org.hpms.scheduling.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.hpms.patient.domain.InvalidPatientDataException;
import org.hpms.scheduling.application.AppointmentView;
import org.hpms.scheduling.application.BookingService;
import org.hpms.scheduling.domain.AppointmentStatus;
import org.hpms.scheduling.domain.SlotTakenException;
import org.hpms.shared.config.HpmsConfiguration;
import org.hpms.shared.web.DisplayFormats;
import org.hpms.shared.web.Messages;
import org.primefaces.event.SelectEvent;
import org.primefaces.event.schedule.ScheduleEntryMoveEvent;
import org.primefaces.model.DefaultScheduleEvent;
import org.primefaces.model.LazyScheduleModel;
import org.primefaces.model.ScheduleEvent;
import org.primefaces.model.ScheduleModel;

/**
 * The appointment calendar of one doctor or one department (day, week and month views), coloured by
 * status. Dragging a booked appointment reschedules it with every booking check; a refused move
 * springs back with the reason.
 */
@Named
@ViewScoped
public class CalendarView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    BookingService booking;
    @Inject
    DisplayFormats formats;

    private String doctor;
    private String department;
    private LocalDate day;
    private AppointmentView selected;
    private String cancelReason;
    /** Start of each shown appointment, by id: a move is the drag's delta from here. */
    private final Map<String, Instant> shownStarts = new HashMap<>();
    private final ScheduleModel model = new LazyScheduleModel() {
        private static final long serialVersionUID = 1L;

        @Override
        public void loadEvents(LocalDateTime start, LocalDateTime end) {
            ZoneId zone = HpmsConfiguration.hospitalZone();
            if (doctor == null && department == null) {
                return; // choose whose calendar first: the whole hospital is too much to show
            }
            for (AppointmentView appointment : booking.between(doctor, department, start.atZone(zone).toInstant(),
                    end.atZone(zone).toInstant())) {
                shownStarts.put(appointment.id(), appointment.start());
                addEvent(DefaultScheduleEvent.<String>builder()
                        .id(appointment.id())
                        .title(appointment.patientName() + (appointment.token() == null ? "" : " #" + appointment.token())
                                + (doctor == null ? " - " + appointment.doctor() : ""))
                        .description(appointment.visitType().getLabel() + ", " + appointment.status().getLabel())
                        .startDate(LocalDateTime.ofInstant(appointment.start(), zone))
                        .endDate(LocalDateTime.ofInstant(appointment.end(), zone))
                        .styleClass("hpms-status-" + appointment.status().name().toLowerCase(Locale.ROOT).replace('_', '-'))
                        .draggable(appointment.status() == AppointmentStatus.BOOKED)
                        .resizable(false)
                        .data(appointment.id())
                        .build());
            }
        }
    };

    public void onMove(ScheduleEntryMoveEvent event) {
        String id = (String) event.getScheduleEvent().getData();
        Instant from = shownStarts.get(id);
        if (from == null) {
            Messages.error("This appointment is no longer on the calendar; it was not moved");
            return;
        }
        try {
            AppointmentView moved = booking.reschedule(id, from.plus(event.getDeltaAsDuration()), null);
            Messages.info("Moved to " + formats.local(moved.start()));
        } catch (SlotTakenException e) {
            Messages.error("Not moved: " + e.getMessage());
        } catch (InvalidPatientDataException e) {
            Messages.error("Not moved: " + String.join("; ", e.getFieldErrors().values()));
        }
        selected = null;
    }

    public void onSelect(SelectEvent<ScheduleEvent<?>> event) {
        selected = booking.details((String) event.getObject().getData());
        cancelReason = null;
    }

    public void checkIn() {
        try {
            selected = booking.advance(selected.id(), AppointmentStatus.CHECKED_IN);
            Messages.info(selected.patientName() + " has arrived: token " + selected.token());
        } catch (InvalidPatientDataException e) {
            Messages.errors(e.getFieldErrors());
        }
    }

    public void cancel() {
        try {
            booking.cancel(selected.id(), cancelReason);
            Messages.info("Cancelled; the time is offered to the waitlist");
            selected = null;
        } catch (InvalidPatientDataException e) {
            Messages.onFields("calendar", e.getFieldErrors());
        }
    }

    public void showDoctor() {
        department = null;
        selected = null;
    }

    public void showDepartment() {
        doctor = null;
        selected = null;
    }

    public String getTimeZone() {
        return HpmsConfiguration.hospitalZone().getId();
    }

    public ScheduleModel getModel() {
        return model;
    }

    public String getDoctor() {
        return doctor;
    }

    public void setDoctor(String doctor) {
        this.doctor = doctor == null || doctor.isBlank() ? null : doctor;
    }

    public String getDepartment() {
        return department;
    }

    public void setDepartment(String department) {
        this.department = department == null || department.isBlank() ? null : department;
    }

    public LocalDate getDay() {
        return day == null ? LocalDate.now(HpmsConfiguration.hospitalZone()) : day;
    }

    public void setDay(LocalDate day) {
        this.day = day;
    }

    public AppointmentView getSelected() {
        return selected;
    }

    public String getCancelReason() {
        return cancelReason;
    }

    public void setCancelReason(String cancelReason) {
        this.cancelReason = cancelReason;
    }
}
