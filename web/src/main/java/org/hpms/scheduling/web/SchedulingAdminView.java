package org.hpms.scheduling.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.hpms.patient.domain.InvalidPatientDataException;
import org.hpms.scheduling.application.AppointmentView;
import org.hpms.scheduling.application.AssignmentService;
import org.hpms.scheduling.application.DoctorView;
import org.hpms.scheduling.application.ScheduleChangeView;
import org.hpms.scheduling.application.SchedulingAdminService;
import org.hpms.scheduling.application.SchedulingDirectory;
import org.hpms.scheduling.application.SpecializationView;
import org.hpms.scheduling.application.WorkingHoursView;
import org.hpms.scheduling.domain.ScheduleChange;
import org.hpms.scheduling.domain.ScheduleChangeKind;
import org.hpms.scheduling.domain.SlotTakenException;
import org.hpms.scheduling.domain.TimeInterval;
import org.hpms.scheduling.domain.WeeklySession;
import org.hpms.security.Roles;
import org.hpms.shared.config.HpmsConfiguration;
import org.hpms.shared.web.Messages;
import org.hpms.staff.application.StaffDirectory;

/**
 * Scheduling administration: the list of specializations, a doctor's profile, weekly template and
 * exceptions (leave, holidays, training, extra sessions). Leave lists the appointments it hits, each
 * with a one-click reassignment.
 */
@Named
@ViewScoped
public class SchedulingAdminView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM_ID = "schedulingAdmin";

    @EJB
    SchedulingAdminService admin;
    @EJB
    SchedulingDirectory directory;
    @EJB
    StaffDirectory staff;
    @EJB
    AssignmentService assignments;
    @Inject
    SchedulingPickLists pickLists;

    private String newCode;
    private String newName;

    private String doctor;
    private String department;
    private int newVisitMinutes = 20;
    private int followUpMinutes = 10;
    private int dailyCapacity = 30;
    private String languages;
    private List<String> doctorSpecializations = new ArrayList<>();
    private List<WorkingHoursView> template = List.of();
    private List<ScheduleChangeView> changes = List.of();

    private DayOfWeek lineDay;
    private LocalTime lineStart;
    private LocalTime lineEnd;
    private String lineRoom;
    private LocalDate lineFrom;
    private LocalDate lineUntil;

    private ScheduleChangeKind changeKind = ScheduleChangeKind.LEAVE;
    private LocalDate changeStartDay;
    private LocalTime changeStartTime;
    private LocalDate changeEndDay;
    private LocalTime changeEndTime;
    private String changeRoom;
    private String changeNote;
    private List<AppointmentView> affected = new ArrayList<>();

    public void saveSpecialization() {
        try {
            SpecializationView saved = admin.saveSpecialization(newCode, newName);
            Messages.info("Saved " + saved.name() + " (" + saved.code() + ")");
            newCode = null;
            newName = null;
            pickLists.forgetSpecializations();
        } catch (InvalidPatientDataException e) {
            Messages.onFields(FORM_ID, e.getFieldErrors());
        }
    }

    public void retire(SpecializationView specialization) {
        admin.retireSpecialization(specialization.code());
        Messages.info(specialization.name() + " is retired: no new bookings");
        pickLists.forgetSpecializations();
    }

    public List<StaffDirectory.Member> getDoctorAccounts() {
        return staff.withRole(Roles.DOCTOR);
    }

    /** Loads the chosen doctor's profile, template and exceptions (a doctor without a profile starts blank). */
    public void selectDoctor() {
        affected = new ArrayList<>();
        DoctorView profile = directory.doctors().stream().filter(d -> d.username().equals(doctor)).findFirst().orElse(null);
        if (profile == null) {
            department = null;
            languages = null;
            doctorSpecializations = new ArrayList<>();
            template = List.of();
            changes = List.of();
            return;
        }
        department = profile.department();
        newVisitMinutes = profile.newVisitMinutes();
        followUpMinutes = profile.followUpMinutes();
        dailyCapacity = profile.dailyCapacity();
        languages = profile.languages();
        doctorSpecializations = new ArrayList<>(profile.specializations());
        reloadTime();
    }

    private void reloadTime() {
        template = admin.workingHours(doctor);
        changes = admin.upcomingChanges(doctor);
    }

    public void saveProfile() {
        try {
            admin.saveProfile(doctor, department, newVisitMinutes, followUpMinutes, dailyCapacity,
                    languages == null ? List.of() : Arrays.stream(languages.split(",")).map(String::strip).filter(l -> !l.isEmpty()).toList(),
                    doctorSpecializations);
            Messages.info("Profile saved");
            reloadTime();
        } catch (InvalidPatientDataException e) {
            Messages.onFields(FORM_ID, e.getFieldErrors());
        }
    }

    public void addLine() {
        try {
            admin.addWorkingHours(doctor, new WeeklySession(lineDay, lineStart, lineEnd, lineRoom, lineFrom, lineUntil));
            Messages.info("Working hours added");
            reloadTime();
        } catch (InvalidPatientDataException e) {
            Messages.onFields(FORM_ID, prefixed(e));
        }
    }

    public void endLine(WorkingHoursView line) {
        try {
            admin.endWorkingHours(line.id(), LocalDate.now(HpmsConfiguration.hospitalZone()));
            Messages.info("This line no longer applies after today");
            reloadTime();
        } catch (InvalidPatientDataException e) {
            Messages.errors(e.getFieldErrors());
        }
    }

    public void addChange() {
        ZoneId zone = HpmsConfiguration.hospitalZone();
        LocalDateTime changeStart = changeStartDay == null ? null : changeStartDay.atTime(changeStartTime == null ? LocalTime.MIDNIGHT
                : changeStartTime);
        LocalDateTime changeEnd = changeEndDay == null ? null : changeEndTime == null || changeEndTime.equals(LocalTime.MIDNIGHT)
                ? changeEndDay.plusDays(1).atStartOfDay() : changeEndDay.atTime(changeEndTime);
        if (changeStart == null || changeEnd == null) {
            Messages.fieldError(FORM_ID + ":changeEnd", "Give the first and the last day");
            return;
        }
        if (!changeEnd.isAfter(changeStart)) {
            Messages.fieldError(FORM_ID + ":changeEnd", "The end (" + changeEnd + ") must come after the start (" + changeStart + ")");
            return;
        }
        try {
            affected = new ArrayList<>(admin.addScheduleChange(doctor, new ScheduleChange(changeKind,
                    new TimeInterval(changeStart.atZone(zone).toInstant(), changeEnd.atZone(zone).toInstant()),
                    changeKind.isBlocking() ? null : changeRoom), changeNote));
            Messages.info(changeKind.getLabel() + " recorded" + (affected.isEmpty() ? "" : "; " + affected.size()
                    + " booked appointment(s) need another doctor or time"));
            reloadTime();
            changeStartDay = null;
            changeStartTime = null;
            changeEndDay = null;
            changeEndTime = null;
            changeRoom = null;
            changeNote = null;
        } catch (InvalidPatientDataException e) {
            Messages.onFields(FORM_ID, e.getFieldErrors());
        }
    }

    public void reassign(AppointmentView appointment) {
        try {
            AppointmentView moved = assignments.reassign(appointment.id());
            affected.remove(appointment);
            Messages.info(moved.patientName() + " now sees " + moved.doctor() + " at " + moved.start());
        } catch (InvalidPatientDataException e) {
            Messages.errors(e.getFieldErrors());
        } catch (SlotTakenException e) {
            Messages.error(e.getMessage());
        }
    }

    /** A template line's fields are "lineDay", "lineEnd" ... on this form. */
    private static Map<String, String> prefixed(InvalidPatientDataException e) {
        Map<String, String> errors = new TreeMap<>();
        e.getFieldErrors().forEach((field, reason) -> errors.put("line" + Character.toUpperCase(field.charAt(0)) + field.substring(1),
                reason));
        return errors;
    }

    public DayOfWeek[] getDays() {
        return DayOfWeek.values();
    }

    public ScheduleChangeKind[] getChangeKinds() {
        return ScheduleChangeKind.values();
    }

    public String getNewCode() {
        return newCode;
    }

    public void setNewCode(String newCode) {
        this.newCode = newCode;
    }

    public String getNewName() {
        return newName;
    }

    public void setNewName(String newName) {
        this.newName = newName;
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
        this.department = department;
    }

    public int getNewVisitMinutes() {
        return newVisitMinutes;
    }

    public void setNewVisitMinutes(int newVisitMinutes) {
        this.newVisitMinutes = newVisitMinutes;
    }

    public int getFollowUpMinutes() {
        return followUpMinutes;
    }

    public void setFollowUpMinutes(int followUpMinutes) {
        this.followUpMinutes = followUpMinutes;
    }

    public int getDailyCapacity() {
        return dailyCapacity;
    }

    public void setDailyCapacity(int dailyCapacity) {
        this.dailyCapacity = dailyCapacity;
    }

    public String getLanguages() {
        return languages;
    }

    public void setLanguages(String languages) {
        this.languages = languages;
    }

    public List<String> getDoctorSpecializations() {
        return doctorSpecializations;
    }

    public void setDoctorSpecializations(List<String> doctorSpecializations) {
        this.doctorSpecializations = doctorSpecializations;
    }

    public List<WorkingHoursView> getTemplate() {
        return template;
    }

    public List<ScheduleChangeView> getChanges() {
        return changes;
    }

    public DayOfWeek getLineDay() {
        return lineDay;
    }

    public void setLineDay(DayOfWeek lineDay) {
        this.lineDay = lineDay;
    }

    public LocalTime getLineStart() {
        return lineStart;
    }

    public void setLineStart(LocalTime lineStart) {
        this.lineStart = lineStart;
    }

    public LocalTime getLineEnd() {
        return lineEnd;
    }

    public void setLineEnd(LocalTime lineEnd) {
        this.lineEnd = lineEnd;
    }

    public String getLineRoom() {
        return lineRoom;
    }

    public void setLineRoom(String lineRoom) {
        this.lineRoom = lineRoom;
    }

    public LocalDate getLineFrom() {
        return lineFrom;
    }

    public void setLineFrom(LocalDate lineFrom) {
        this.lineFrom = lineFrom;
    }

    public LocalDate getLineUntil() {
        return lineUntil;
    }

    public void setLineUntil(LocalDate lineUntil) {
        this.lineUntil = lineUntil;
    }

    public ScheduleChangeKind getChangeKind() {
        return changeKind;
    }

    public void setChangeKind(ScheduleChangeKind changeKind) {
        this.changeKind = changeKind;
    }

    public LocalDate getChangeStartDay() {
        return changeStartDay;
    }

    public void setChangeStartDay(LocalDate changeStartDay) {
        this.changeStartDay = changeStartDay;
    }

    public LocalTime getChangeStartTime() {
        return changeStartTime;
    }

    public void setChangeStartTime(LocalTime changeStartTime) {
        this.changeStartTime = changeStartTime;
    }

    public LocalDate getChangeEndDay() {
        return changeEndDay;
    }

    public void setChangeEndDay(LocalDate changeEndDay) {
        this.changeEndDay = changeEndDay;
    }

    /** An end at 00:00 (or none) means the end of that day. */
    public LocalTime getChangeEndTime() {
        return changeEndTime;
    }

    public void setChangeEndTime(LocalTime changeEndTime) {
        this.changeEndTime = changeEndTime;
    }

    public String getChangeRoom() {
        return changeRoom;
    }

    public void setChangeRoom(String changeRoom) {
        this.changeRoom = changeRoom;
    }

    public String getChangeNote() {
        return changeNote;
    }

    public void setChangeNote(String changeNote) {
        this.changeNote = changeNote;
    }

    public List<AppointmentView> getAffected() {
        return affected;
    }
}
