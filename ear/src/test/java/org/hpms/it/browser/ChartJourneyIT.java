package org.hpms.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.hpms.it.support.ChartFixtures;
import org.hpms.it.support.PatientFixtures;
import org.hpms.it.support.Staff;
import org.hpms.patient.domain.MedicalRecordNumber;
import org.junit.jupiter.api.Test;

/** The patient chart in a real browser: a visit recorded by a doctor, seen on the summary; what reception may not see. */
class ChartJourneyIT extends BrowserTestSupport {

    @Test
    void registerThenRecordAVisitAndSeeItOnTheSummaryAndFindThePatient() throws Exception {
        browser.open("patients/register.xhtml");
        browser.logIn(Staff.RECEPTIONIST, Staff.DEMO_PASSWORD);
        String family = PatientFixtures.uniqueWord("Hossain");
        browser.type("#registration\\:givenName", "Abdul");
        browser.type("#registration\\:familyName", family);
        browser.choose("registration:sex", "Male");
        browser.type("#registration\\:birthDate_input", "1961-07-30");
        browser.choose("registration:bloodGroup", "O+");
        browser.click("#registration\\:register");
        browser.waitForUrlContaining("view.xhtml?mrn=");
        String mrn = browser.text("#patientMrn");
        assertTrue(MedicalRecordNumber.isValid(mrn), mrn);
        assertEquals("O+", browser.text("#patientBloodGroup"));
        assertFalse(browser.isPresent("#chart"), "reception sees no clinical record");
        browser.logOut();

        browser.open("patients/view.xhtml?mrn=" + mrn);
        browser.logIn(Staff.DOCTOR, Staff.DEMO_PASSWORD);
        browser.waitForText("#patientMrn", mrn);
        recordPenicillinAllergy();
        browser.waitForText("#allergyBanner", "Penicillin (life-threatening: anaphylaxis)");

        browser.choose("newEncounter:type", "Outpatient");
        browser.choose("newEncounter:attendingDoctor", "Dr. Farhana Rahman");
        browser.type("#newEncounter\\:chiefComplaint", "Thirst and weight loss for a month");
        browser.click("#newEncounter\\:open");
        browser.waitForUrlContaining("encounter.xhtml?id=");
        browser.waitForText("#allergyBanner", "Penicillin");

        browser.type("#diagnosis\\:code_input", "Q99.999");
        browser.click("#diagnosis\\:add");
        browser.waitForText("#diagnosis", "Q99.999 is not a code of the ICD-10 catalogue");
        browser.type("#diagnosis\\:code_input", "E11.9");
        browser.click("#diagnosis\\:add");
        browser.waitForText("#diagnoses\\:list", "E11.9 Type 2 diabetes mellitus without complications");

        browser.type("#vitals\\:systolic", "150");
        browser.type("#vitals\\:diastolic", "95");
        browser.type("#vitals\\:pulse", "720");
        browser.type("#vitals\\:temperature", "37.2");
        browser.type("#vitals\\:weight", "92.4");
        browser.type("#vitals\\:height", "172");
        browser.click("#vitals\\:record");
        browser.waitForText("#vitals", "Pulse 720 beats/min is not plausible (expected 20 to 300 beats/min)");
        assertTrue(browser.text("#vitalsList\\:list").contains("No vital signs yet."), "nothing saved");
        browser.type("#vitals\\:pulse", "88");
        browser.click("#vitals\\:record");
        browser.waitForText("#vitalsList\\:list", "150/95");
        assertTrue(browser.text("#vitalsList\\:list").contains("31.2"), "BMI computed");

        browser.type("#prescription\\:drug", "Metformin");
        browser.type("#prescription\\:dose", "500 mg");
        browser.choose("prescription:route", "Oral");
        browser.type("#prescription\\:frequency", "twice daily");
        browser.click("#prescription\\:prescribe");
        browser.waitForText("#medications\\:list", "Metformin 500 mg oral twice daily");

        browser.type("#note\\:text", "Polyuria and polydipsia. HbA1c and fasting glucose ordered.");
        browser.click("#note\\:sign");
        browser.waitForText("#notes", "signed by " + Staff.DOCTOR);

        browser.screenshot("encounter");
        browser.click("#patientLink");
        browser.waitForText("#activeProblems", "E11.9 Type 2 diabetes mellitus without complications");
        assertTrue(browser.text("#currentMedications").contains("Metformin 500 mg oral twice daily"));
        assertEquals("150/95", browser.text("#lastBloodPressure"));
        assertEquals("31.2", browser.text("#lastBmi"));
        assertTrue(browser.text("#timeline\\:encounters").contains("Thirst and weight loss for a month"));
        assertTrue(browser.isPresent("#vitalsTrend canvas"), "trend chart drawn");
        Path screenshot = browser.screenshot("patient-chart");
        assertTrue(Files.size(screenshot) > 10_000);

        Path notAPdf = Files.writeString(Files.createTempFile("lab-report", ".pdf"), "MZ this is no PDF");
        browser.type("#documents\\:title", "Outside lab report");
        browser.upload("#documents input[type=file]", notAPdf);
        browser.click("#documents\\:attach");
        browser.waitForText("#documents", "Only PDF, PNG and JPEG files can be attached");
        assertTrue(browser.text("#documents\\:list").contains("No documents attached."), "nothing saved");
        Path letter = Files.write(Files.createTempFile("referral", ".pdf"), ChartFixtures.pdf(2048));
        browser.type("#documents\\:title", "Referral letter");
        browser.upload("#documents input[type=file]", letter);
        browser.click("#documents\\:attach");
        browser.waitForText("#documents\\:list", "Referral letter");

        browser.click("#patientActions\\:printSummary");
        byte[] pdf = Files.readAllBytes(browser.downloaded(".pdf"));
        assertEquals("%PDF-", new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII));

        browser.open("patients/search.xhtml");
        browser.type("#search\\:name", family.toLowerCase() + " abd");
        browser.click("#search\\:find");
        browser.waitForText("#search\\:results", mrn);
    }

    @Test
    void receptionEditsDemographicsButCannotOpenClinicalScreens() {
        // Mohammad Karim: the demo patient with a demo history (an allergy, diagnoses, medications)
        browser.open("patients/search.xhtml");
        browser.logIn(Staff.RECEPTIONIST, Staff.DEMO_PASSWORD);
        browser.type("#search\\:nationalId", "1958269777001"); // other tests register look-alikes of him
        browser.click("#search\\:find");
        browser.waitForText("#search\\:results", "Mohammad Karim");
        browser.click("#search\\:results a[id$='open']");
        browser.waitForText("#patientName", "Mohammad Karim");
        String demoMrn = browser.text("#patientMrn");
        assertFalse(browser.isPresent("#allergyBanner"), "no allergy banner for reception");
        assertFalse(browser.isPresent("#chart"), "no problems, medications, vitals or encounters for reception");
        assertFalse(browser.isPresent("#patientActions\\:printSummary"));
        String page = browser.pageSource();
        assertFalse(page.contains("Sulfonamides") || page.contains("Metformin") || page.contains("E11.9"),
                "none of the demo patient's allergies, medications or diagnoses reach reception's browser");

        browser.open("patients/encounter.xhtml?id=00000000-0000-0000-0000-000000000000");
        browser.waitForText("#errorTitle", "Not allowed");

        browser.open("patients/edit.xhtml?mrn=" + demoMrn);
        String phone = "01712-" + PatientFixtures.uniqueDigits(6);
        browser.type("#edit\\:phone", phone);
        browser.type("#edit\\:insurancePayer", "Green Delta Insurance");
        browser.click("#edit\\:save");
        browser.waitForText("#edit", "Policy number is required with an insurance payer");
        browser.type("#edit\\:insurancePolicyNumber", "GD-2026-" + PatientFixtures.uniqueDigits(5));
        browser.click("#edit\\:save");
        browser.waitForUrlContaining("view.xhtml?mrn=" + demoMrn);
        browser.waitForText("#patientPhone", phone);
        assertTrue(browser.text("#patientInsurance").startsWith("Green Delta Insurance, policy GD-2026-"));

        browser.open("patients/edit.xhtml?mrn=" + demoMrn);
        browser.waitForText("#changes", phone);
        assertTrue(browser.text("#changes").contains(Staff.RECEPTIONIST));
    }

    @Test
    void anAdministratorMergesARecordRegisteredTwice() {
        browser.open("patients/register.xhtml");
        browser.logIn(Staff.ADMIN, Staff.DEMO_PASSWORD);
        String family = PatientFixtures.uniqueWord("Twice");
        String kept = register(family, false);
        String duplicate = register(family, true);

        browser.open("admin/merge.xhtml");
        browser.type("#merge\\:survivingMrn", kept);
        browser.type("#merge\\:obsoleteMrn", duplicate);
        browser.click("#merge\\:compare");
        browser.waitForText("#merge\\:records", duplicate);
        browser.type("#merge\\:reason", "short");
        browser.click("#merge\\:mergeRecords");
        browser.waitForText("#merge", "Say why these records are the same person");
        browser.type("#merge\\:reason", "Registered twice at the front desk on the same day");
        browser.click("#merge\\:mergeRecords");
        browser.waitForText("#merge\\:result", "Moved:");

        browser.open("patients/view.xhtml?mrn=" + duplicate);
        browser.waitForText("#merged", "merged into another record");
        browser.click("#survivor");
        browser.waitForText("#patientMrn", kept);
    }

    /** Registers Selina {family}, born 1975-05-05; the second time past the likely-duplicate warning. */
    private String register(String family, boolean overruleDuplicateWarning) {
        browser.open("patients/register.xhtml");
        browser.type("#registration\\:givenName", "Selina");
        browser.type("#registration\\:familyName", family);
        browser.choose("registration:sex", "Female");
        browser.type("#registration\\:birthDate_input", "1975-05-05");
        browser.click("#registration\\:register");
        if (overruleDuplicateWarning) {
            browser.waitForText("#registration\\:likelyDuplicates", "may already be registered");
            browser.click("#registration\\:registerAnyway");
        }
        browser.waitForUrlContaining("view.xhtml?mrn=");
        return browser.text("#patientMrn");
    }
}
