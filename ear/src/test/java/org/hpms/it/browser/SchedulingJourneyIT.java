package org.hpms.it.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.hpms.it.support.PatientFixtures;
import org.hpms.it.support.Staff;
import org.junit.jupiter.api.Test;

/**
 * Scheduling in a real browser: an administrator sets up a dermatologist's time, a receptionist books
 * through the wizard, finds the appointment on the calendar, drags it an hour later and checks the
 * patient in; the patient also comes as a walk-in today, gets a token on the queue board, and the
 * doctor calls them in and completes the visit from "my day".
 */
class SchedulingJourneyIT extends BrowserTestSupport {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");

    @Test
    void adminSetsUpTheDoctorReceptionBooksMovesAndChecksInThenAWalkInIsQueuedAndSeen() {
        String doctor = PatientFixtures.uniqueWord("derm").toLowerCase();
        String department = PatientFixtures.uniqueWord("Skin");
        LocalDate tomorrow = LocalDate.now(ZoneId.systemDefault()).plusDays(1);

        browser.open("admin/staff.xhtml");
        browser.logIn(Staff.ADMIN, Staff.DEMO_PASSWORD);
        browser.type("#staff\\:newUsername", doctor);
        browser.type("#staff\\:newFullName", "Dr. Nusrat " + department);
        browser.type("#staff\\:newPassword", "Skin-Clinic-0900");
        browser.tick("staff:newRoles", "DOCTOR");
        browser.click("#staff\\:create");
        browser.waitForText("#staff\\:messages", "Account " + doctor + " created");

        browser.open("admin/scheduling.xhtml");
        browser.type("#schedulingAdmin\\:code", "sleep medicine");
        browser.type("#schedulingAdmin\\:name", "");
        browser.click("#schedulingAdmin\\:saveSpecialization");
        browser.waitForText("#schedulingAdmin\\:messages", "Name is required");
        browser.choose("schedulingAdmin:doctor", "Dr. Nusrat " + department + " (" + doctor + ")");
        browser.type("#schedulingAdmin\\:department", department);
        browser.tickInPanel("schedulingAdmin:specializations", "Dermatology");
        browser.type("#schedulingAdmin\\:languages", "Bengali, English");
        browser.click("#schedulingAdmin\\:saveProfile");
        browser.waitForText("#schedulingAdmin\\:messages", "Profile saved");

        addExtraSession(tomorrow, "09:00", tomorrow, "13:00", "Skin OPD 2", "Extra skin clinic");
        addExtraSession(tomorrow.minusDays(1), "00:00", tomorrow.minusDays(1), "00:00", "Walk-in clinic", "All day today");
        browser.logOut();

        browser.open("patients/register.xhtml");
        browser.logIn(Staff.RECEPTIONIST, Staff.DEMO_PASSWORD);
        String family = PatientFixtures.uniqueWord("Begum");
        browser.type("#registration\\:givenName", "Shirin");
        browser.type("#registration\\:familyName", family);
        browser.choose("registration:sex", "Female");
        browser.type("#registration\\:birthDate_input", "1990-02-14");
        browser.click("#registration\\:register");
        browser.waitForUrlContaining("view.xhtml?mrn=");
        browser.waitForText("#upcomingAppointments", "None booked.");

        browser.click("#patientActions\\:bookAppointment");
        browser.waitForUrlContaining("scheduling/book.xhtml?mrn=");
        browser.click("#booking\\:wizard .ui-wizard-nav-next");
        browser.waitForText("#booking\\:patientName", "Shirin " + family);
        browser.choose("booking:specialization", "Dermatology");
        browser.type("#booking\\:complaint", "Itchy rash on both arms");
        browser.type("#booking\\:windowStart_input", DAY.format(tomorrow));
        browser.type("#booking\\:windowEnd_input", DAY.format(tomorrow));
        browser.choose("booking:preferredDoctor", "Dr. Nusrat " + department + " (" + department + ")");
        browser.choose("booking:policy", "PATIENT_PREFERENCE");
        browser.click("#booking\\:wizard .ui-wizard-nav-next");
        browser.waitForText("#booking\\:chosen", "Dr. Nusrat " + department + ", " + DAY.format(tomorrow) + " 09:00, room Skin OPD 2");
        browser.click("#booking\\:wizard .ui-wizard-nav-next");
        browser.waitForText("#booking\\:confirmTime", DAY.format(tomorrow) + " 09:00");
        browser.click("#booking\\:bookNow");
        browser.waitForText("#bookedSummary", "Shirin " + family + " with Dr. Nusrat " + department + " on " + DAY.format(tomorrow)
                + " 09:00, room Skin OPD 2.");

        browser.click("#booking\\:toCalendar");
        browser.waitForUrlContaining("scheduling/calendar.xhtml");
        String event = ".fc-event.hpms-status-booked";
        browser.waitForText(event, "Shirin " + family);
        browser.dragTopTo(event, "td.fc-timegrid-slot-lane[data-time='10:00:00']");
        browser.waitForText("#calendar\\:messages", "Moved to " + DAY.format(tomorrow) + " 10:00");

        browser.click(event);
        browser.waitForText("#calendar\\:selectedTime", DAY.format(tomorrow) + " 10:00, " + doctor + ", room Skin OPD 2");
        browser.click("#calendar\\:checkIn");
        browser.waitForText("#calendar\\:messages", "Shirin " + family + " has arrived: token ");
        browser.waitForText("#calendar\\:selectedStatus", "Arrived, token ");
        browser.waitForText(".fc-event.hpms-status-checked-in", "Shirin " + family + " #");

        browser.click("#calendar\\:selectedPatient");
        browser.waitForText("#upcomingAppointments", DAY.format(tomorrow) + " 10:00: " + doctor + ", DERMATOLOGY, room Skin OPD 2 (Arrived)");
        String mrn = browser.text("#patientMrn");

        // The same patient comes back today without an appointment: a walk-in with a token, seen by the doctor.
        browser.open("scheduling/today.xhtml");
        browser.choose("desk:department", department);
        browser.waitFor("#queueBoard"); // the form was re-rendered for the department: its queue board is shown
        browser.click("a[href='#desk:tabs:walkInTab']");
        browser.type("#desk\\:tabs\\:walkInMrn", mrn);
        browser.choose("desk:tabs:walkInSpecialization", "Dermatology");
        browser.click("#desk\\:tabs\\:registerWalkIn");
        browser.waitForText("#desk\\:messages", "for Shirin " + family + ": " + doctor + ", room Walk-in clinic");
        String token = browser.text("#desk\\:messages").replaceAll(".*Token (\\d+) for.*", "$1");
        browser.waitForText("#queueBoard", token);
        browser.waitForText("#desk\\:tabs\\:today", "Shirin " + family + " (walk-in)");
        browser.logOut();

        browser.open("scheduling/my-day.xhtml");
        browser.logIn(doctor, "Skin-Clinic-0900");
        browser.waitForText("#myDay\\:waiting", "1 waiting");
        browser.clickInRow("myDay:appointments", token, "callIn");
        browser.waitForText("#myDay\\:appointments", "In consultation");
        browser.clickInRow("myDay:appointments", token, "complete");
        browser.waitForText("#myDay\\:appointments", "Completed");
        assertTrue(browser.text("#myDay\\:waiting").startsWith("0 waiting"));
    }

    /** On the scheduling admin page with the doctor chosen: an extra session (an end at 00:00 is the end of that day). */
    private void addExtraSession(LocalDate startDay, String startTime, LocalDate endDay, String endTime, String room, String note) {
        browser.choose("schedulingAdmin:changeKind", "Extra session");
        browser.type("#schedulingAdmin\\:changeStartDay_input", DAY.format(startDay));
        browser.type("#schedulingAdmin\\:changeStartTime", startTime);
        browser.type("#schedulingAdmin\\:changeEndDay_input", DAY.format(endDay));
        browser.type("#schedulingAdmin\\:changeEndTime", endTime);
        browser.type("#schedulingAdmin\\:changeRoom", room);
        browser.type("#schedulingAdmin\\:changeNote", note);
        browser.click("#schedulingAdmin\\:addChange");
        browser.waitForText("#schedulingAdmin\\:messages", "Extra session recorded");
        browser.waitForText("#schedulingAdmin\\:changes", note);
    }
}
