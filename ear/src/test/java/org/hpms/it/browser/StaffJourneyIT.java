package org.hpms.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.hpms.it.support.PatientFixtures;
import org.hpms.it.support.Staff;
import org.hpms.patient.domain.MedicalRecordNumber;
import org.junit.jupiter.api.Test;

/** What staff see and do in a real browser against the deployed EAR. */
class StaffJourneyIT extends BrowserTestSupport {

    @Test
    void receptionistRegistersFindsAndOpensAPatientThenLogsOut() throws Exception {
        browser.open("patients/search.xhtml");
        browser.waitFor("#loginForm");
        browser.logIn(Staff.RECEPTIONIST, Staff.DEMO_PASSWORD);
        browser.waitFor("#search\\:name"); // after login the container returns to the page first asked for

        browser.open("patients/register.xhtml");
        String family = PatientFixtures.uniqueWord("Chowdhury");
        browser.type("#registration\\:givenName", "Rokeya");
        browser.type("#registration\\:familyName", family);
        browser.choose("registration:sex", "Female");
        browser.type("#registration\\:birthDate_input", "1990-02-14");
        browser.type("#registration\\:phone", "01711-" + PatientFixtures.uniqueDigits(6));
        browser.type("#registration\\:nationalId", PatientFixtures.uniqueNationalId());
        browser.type("#registration\\:address", "Road 11, Banani, Dhaka");
        browser.click("#registration\\:register");

        browser.waitForUrlContaining("view.xhtml?mrn=");
        browser.waitForText("#patientName", "Rokeya " + family);
        String mrn = browser.text("#patientMrn");
        assertTrue(MedicalRecordNumber.isValid(mrn), mrn);
        assertEquals("1990-02-14 (age " + java.time.Period.between(java.time.LocalDate.of(1990, 2, 14),
                java.time.LocalDate.now()).getYears() + ")", browser.text("#patientBirthDate"));

        // Find by words of the name, in the other order and in lower case.
        browser.open("patients/search.xhtml");
        browser.type("#search\\:name", family.toLowerCase().substring(0, 12) + " rok");
        browser.click("#search\\:find");
        browser.waitForText("#search\\:results", family);
        browser.click("#search\\:exportCsv");
        String csv = Files.readString(browser.downloaded("patients.csv"));
        assertTrue(csv.contains(mrn) && csv.contains("Rokeya " + family), csv);
        browser.click("#search\\:exportXlsx");
        byte[] xlsx = Files.readAllBytes(browser.downloaded("patients.xlsx"));
        assertTrue(xlsx.length > 1000 && xlsx[0] == 'P' && xlsx[1] == 'K', "an Office Open XML workbook");

        browser.click("#search\\:results a[id$='open']");
        browser.waitForText("#patientMrn", mrn);
        Path screenshot = browser.screenshot("patient-page");
        assertTrue(Files.size(screenshot) > 10_000, "screenshot of the patient page saved");

        browser.logOut();
        browser.open("patients/view.xhtml?mrn=" + mrn);
        browser.waitFor("#loginForm");
        assertFalse(browser.pageSource().contains(family), "no patient data after logout");
    }

    @Test
    void aLikelyDuplicateIsShownBeforeRegisteringAndCanBeOverruled() {
        browser.open("patients/register.xhtml");
        browser.logIn(Staff.RECEPTIONIST, Staff.DEMO_PASSWORD);
        browser.waitFor("#registration\\:givenName");
        // The demo data has Mohammad Karim, born 1958-11-02.
        browser.type("#registration\\:givenName", "Mohamad");
        browser.type("#registration\\:familyName", "Karim");
        browser.choose("registration:sex", "Male");
        browser.type("#registration\\:birthDate_input", "1958-11-02");
        browser.click("#registration\\:register");

        browser.waitForText("#registration\\:likelyDuplicates", "may already be registered");
        assertTrue(browser.text("#registration\\:candidates").contains("Mohammad Karim"));
        assertTrue(browser.currentUrl().contains("register.xhtml"), "nothing registered yet");

        browser.click("#registration\\:registerAnyway");
        browser.waitForUrlContaining("view.xhtml?mrn=");
        browser.waitForText("#patientName", "Mohamad Karim");
    }

    @Test
    void doctorRecordsAnAllergyThatBannersThePatientPageAndReceptionSeesNoClinicalData() {
        browser.open("patients/search.xhtml");
        browser.logIn(Staff.DOCTOR, Staff.DEMO_PASSWORD);
        // Rahim Uddin: a demo patient without a demo history (Mohammad Karim has one)
        browser.type("#search\\:name", "uddin rah");
        browser.click("#search\\:find");
        browser.waitForText("#search\\:results", "Rahim Uddin");
        assertFalse(browser.isPresent("#search\\:exportCsv"), "doctors do not export patient lists");
        browser.click("#search\\:results a[id$='open']");
        browser.waitForText("#allergyBanner", "No allergies recorded");
        String patientUrl = browser.currentUrl();

        browser.click("#allergies\\:add"); // nothing filled in: reasons per field, nothing saved
        browser.waitForText("#allergies", "Substance is required");
        recordPenicillinAllergy();
        browser.waitForText("#allergyBanner", "Penicillin (life-threatening: anaphylaxis)");
        browser.waitForText("#allergies\\:list", "Penicillin");
        browser.logOut();
        browser.open(patientUrl.substring(patientUrl.indexOf("patients/")));
        browser.logIn(Staff.RECEPTIONIST, Staff.DEMO_PASSWORD);
        browser.waitForText("#patientName", "Rahim Uddin");
        assertFalse(browser.isPresent("#allergyBanner"), "receptionists see demographics only");
        assertFalse(browser.isPresent("#allergies"));
        assertFalse(browser.pageSource().contains("Penicillin"));
    }

    @Test
    void invalidRegistrationShowsFieldMessagesAndSavesNothing() {
        browser.open("patients/register.xhtml");
        browser.logIn(Staff.RECEPTIONIST, Staff.DEMO_PASSWORD);
        browser.waitFor("#registration\\:givenName");
        browser.type("#registration\\:familyName", "<b>Bold</b> & <script>alert(1)</script>");
        browser.type("#registration\\:birthDate_input", "2999-01-01");
        browser.type("#registration\\:phone", "call me");
        browser.click("#registration\\:register");

        browser.waitForText("#registration", "Given name is required");
        String page = browser.text("#registration");
        assertTrue(page.contains("Sex is required"), page);
        assertTrue(page.contains("Phone may contain only digits"), page);
        assertTrue(browser.currentUrl().contains("register.xhtml"), "stays on the form");
    }

    @Test
    void scriptInANameIsShownAsTextAndDuplicatesLinkToTheExistingPatient() {
        browser.open("patients/register.xhtml");
        browser.logIn(Staff.RECEPTIONIST, Staff.DEMO_PASSWORD);
        String nationalId = PatientFixtures.uniqueNationalId();
        String family = PatientFixtures.uniqueWord("Script");
        register("<img src=x onerror=alert(1)>", family, nationalId);
        browser.waitForText("#patientName", "<img src=x onerror=alert(1)> " + family);
        assertEquals(nationalId, browser.text("#patientNationalId"));
        String mrn = browser.text("#patientMrn");

        browser.open("patients/register.xhtml");
        register("Second", PatientFixtures.uniqueWord("Person"), nationalId);
        browser.waitForText("#registration", "already registered");
        browser.click("#registration\\:duplicateLink");
        browser.waitForText("#patientMrn", mrn);
    }

    @Test
    void wrongPasswordForbiddenPageAndUnknownPageAreExplained() {
        browser.open("index.xhtml");
        browser.logIn(Staff.DOCTOR, "wrong-password");
        browser.waitFor("#loginError");

        browser.logIn(Staff.DOCTOR, Staff.DEMO_PASSWORD);
        browser.waitForText("#welcomeUser", Staff.DOCTOR);
        browser.open("admin/staff.xhtml");
        browser.waitForText("#errorTitle", "Not allowed");
        browser.open("patients/register.xhtml");
        browser.waitForText("#errorTitle", "Not allowed");
        browser.open("no/such/page.xhtml");
        browser.waitForText("#errorTitle", "Page not found");
        assertFalse(browser.pageSource().contains("Caused by") || browser.pageSource().contains(".java:"), "no stack trace shown");
    }

    @Test
    void adminSeesTheAuditTrailAndVerifiesTheChain() {
        browser.open("admin/audit.xhtml");
        browser.logIn(Staff.ADMIN, Staff.DEMO_PASSWORD);
        browser.waitFor("#audit\\:events");
        browser.waitForText("#audit\\:events", "PATIENT_REGISTERED");
        browser.click("#audit\\:verify");
        browser.waitForText("#audit\\:verification", "Audit chain intact");
    }

    private void register(String given, String family, String nationalId) {
        browser.waitFor("#registration\\:givenName");
        browser.type("#registration\\:givenName", given);
        browser.type("#registration\\:familyName", family);
        browser.choose("registration:sex", "Male");
        browser.type("#registration\\:birthDate_input", "1975-06-30");
        browser.type("#registration\\:nationalId", nationalId);
        browser.click("#registration\\:register");
    }
}
