package org.hpms.scheduling.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.hpms.patient.domain.InvalidPatientDataException;
import org.hpms.scheduling.application.AppointmentView;
import org.hpms.scheduling.application.BookingService;
import org.hpms.scheduling.application.QueueService;
import org.hpms.scheduling.application.WaitlistRequest;
import org.hpms.scheduling.application.WaitlistService;
import org.hpms.scheduling.application.WaitlistView;
import org.hpms.scheduling.application.WalkInRequest;
import org.hpms.scheduling.domain.AppointmentStatus;
import org.hpms.scheduling.domain.SlotTakenException;
import org.hpms.scheduling.domain.VisitType;
import org.hpms.shared.config.HpmsConfiguration;
import org.hpms.shared.web.Messages;

/**
 * The front desk's day: today's appointments with check-in, walk-in registration with a token, the
 * queue board of a department, and the waitlist with its offers.
 */
@Named
@ViewScoped
public class FrontDeskView implements Serializable {

    private static final long serialVersionUID = 1L;
    @EJB
    BookingService booking;
    @EJB
    QueueService queue;
    @EJB
    WaitlistService waitlist;

    private String department;
    private List<AppointmentView> today = List.of();
    private List<AppointmentView> board = List.of();
    private List<WaitlistView> waiting = List.of();

    private String walkInMrn;
    private String walkInSpecialization;
    private String walkInDoctor;
    private VisitType walkInVisitType = VisitType.NEW;

    private String waitlistMrn;
    private String waitlistSpecialization;
    private String waitlistDoctor;
    private LocalDate waitlistFrom;
    private LocalDate waitlistUntil;

    @PostConstruct
    void load() {
        refresh();
    }

    public void refresh() {
        ZoneId zone = HpmsConfiguration.hospitalZone();
        LocalDate day = LocalDate.now(zone);
        today = booking.between(null, department, day.atStartOfDay(zone).toInstant(), day.plusDays(1).atStartOfDay(zone).toInstant());
        board = department == null ? List.of() : queue.board(department, day);
        waiting = waitlist.open();
    }

    public void checkIn(AppointmentView appointment) {
        try {
            AppointmentView arrived = booking.advance(appointment.id(), AppointmentStatus.CHECKED_IN);
            Messages.info(arrived.patientName() + " has arrived: token " + arrived.token());
        } catch (InvalidPatientDataException e) {
            Messages.errors(e.getFieldErrors());
        }
        refresh();
    }

    public void registerWalkIn() {
        try {
            AppointmentView walkIn = queue.registerWalkIn(new WalkInRequest(walkInMrn == null ? null : walkInMrn.strip(),
                    walkInSpecialization, walkInDoctor, walkInVisitType, null));
            Messages.info("Token " + walkIn.token() + " for " + walkIn.patientName() + ": " + walkIn.doctor()
                    + (walkIn.room() == null ? "" : ", room " + walkIn.room()));
            walkInMrn = null;
        } catch (InvalidPatientDataException e) {
            Messages.errors(e.getFieldErrors());
        }
        refresh();
    }

    public void joinWaitlist() {
        ZoneId zone = HpmsConfiguration.hospitalZone();
        try {
            waitlist.join(new WaitlistRequest(waitlistMrn == null ? null : waitlistMrn.strip(), waitlistSpecialization, waitlistDoctor,
                    VisitType.NEW, waitlistFrom == null ? null : waitlistFrom.atStartOfDay(zone).toInstant(),
                    waitlistUntil == null ? null : waitlistUntil.plusDays(1).atStartOfDay(zone).toInstant()));
            Messages.info("On the waitlist: the first fitting cancellation will be offered");
            waitlistMrn = null;
        } catch (InvalidPatientDataException e) {
            Messages.errors(e.getFieldErrors());
        }
        refresh();
    }

    public void accept(WaitlistView entry) {
        try {
            AppointmentView booked = waitlist.accept(entry.id());
            Messages.info("Booked " + booked.patientName() + " with " + booked.doctor());
        } catch (InvalidPatientDataException e) {
            Messages.errors(e.getFieldErrors());
        } catch (SlotTakenException e) {
            Messages.error(e.getMessage());
        }
        refresh();
    }

    public void decline(WaitlistView entry) {
        waitlist.decline(entry.id()).ifPresentOrElse(
                next -> Messages.info("Offered to the next patient on the list: " + next.patientName()),
                () -> Messages.info("Declined; nobody else on the list fits this slot"));
        refresh();
    }

    public List<AppointmentView> getToday() {
        return today;
    }

    public List<AppointmentView> getBoard() {
        return board;
    }

    public List<WaitlistView> getWaiting() {
        return waiting;
    }

    public String getDepartment() {
        return department;
    }

    public void setDepartment(String department) {
        this.department = department == null || department.isBlank() ? null : department;
    }

    public String getWalkInMrn() {
        return walkInMrn;
    }

    public void setWalkInMrn(String walkInMrn) {
        this.walkInMrn = walkInMrn;
    }

    public String getWalkInSpecialization() {
        return walkInSpecialization;
    }

    public void setWalkInSpecialization(String walkInSpecialization) {
        this.walkInSpecialization = walkInSpecialization;
    }

    public String getWalkInDoctor() {
        return walkInDoctor;
    }

    public void setWalkInDoctor(String walkInDoctor) {
        this.walkInDoctor = walkInDoctor;
    }

    public VisitType getWalkInVisitType() {
        return walkInVisitType;
    }

    public void setWalkInVisitType(VisitType walkInVisitType) {
        this.walkInVisitType = walkInVisitType;
    }

    public String getWaitlistMrn() {
        return waitlistMrn;
    }

    public void setWaitlistMrn(String waitlistMrn) {
        this.waitlistMrn = waitlistMrn;
    }

    public String getWaitlistSpecialization() {
        return waitlistSpecialization;
    }

    public void setWaitlistSpecialization(String waitlistSpecialization) {
        this.waitlistSpecialization = waitlistSpecialization;
    }

    public String getWaitlistDoctor() {
        return waitlistDoctor;
    }

    public void setWaitlistDoctor(String waitlistDoctor) {
        this.waitlistDoctor = waitlistDoctor;
    }

    public LocalDate getWaitlistFrom() {
        return waitlistFrom;
    }

    public void setWaitlistFrom(LocalDate waitlistFrom) {
        this.waitlistFrom = waitlistFrom;
    }

    public LocalDate getWaitlistUntil() {
        return waitlistUntil;
    }

    public void setWaitlistUntil(LocalDate waitlistUntil) {
        this.waitlistUntil = waitlistUntil;
    }
}
