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
 * patient in.
 */
class SchedulingJourneyIT extends BrowserTestSupport {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");

    @Test
    void adminSetsUpTheDoctorAndReceptionBooksThroughTheWizardMovesOnTheCalendarAndChecksIn() {
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

        browser.choose("schedulingAdmin:changeKind", "Extra session");
        browser.type("#schedulingAdmin\\:changeStartDay_input", DAY.format(tomorrow));
        browser.type("#schedulingAdmin\\:changeStartTime", "09:00");
        browser.type("#schedulingAdmin\\:changeEndDay_input", DAY.format(tomorrow));
        browser.type("#schedulingAdmin\\:changeEndTime", "13:00");
        browser.type("#schedulingAdmin\\:changeRoom", "Skin OPD 2");
        browser.type("#schedulingAdmin\\:changeNote", "Extra skin clinic");
        browser.click("#schedulingAdmin\\:addChange");
        browser.waitForText("#schedulingAdmin\\:messages", "Extra session recorded");
        browser.waitForText("#schedulingAdmin\\:changes", "Extra skin clinic");
        browser.click("#menuForm\\:logout");

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
        assertTrue(browser.text("#upcomingAppointments").contains("Arrived"));
    }
}
