package org.hpms.it.browser;

import static org.junit.jupiter.api.Assertions.assertFalse;

import org.hpms.it.support.Staff;
import org.hpms.patient.domain.MedicalRecordNumber;
import org.junit.jupiter.api.Test;

/**
 * A lab technician's morning look at the laboratories' messages, and a doctor's critical result. The
 * server's demo mode posts three messages through the real LabResults queue at start: one with a
 * glucose value that is not a number (parked), one for a patient the hospital does not know
 * (unmatched), which the technician links, and the result of Mohammad Karim's panel with a critical
 * potassium, which dr.rahman is alerted to, reads and signs off.
 */
class LabJourneyIT extends BrowserTestSupport {

    /** The first demo patient's MRN (DemoPatients registers them first, on the fresh test database). */
    private static final String DEMO_PATIENT_MRN = MedicalRecordNumber.fromSerial(MedicalRecordNumber.FIRST_SERIAL).value();

    @Test
    void aLabTechnicianSeesParkedMessagesWithTheirReasonAndTheUnmatchedOnes() {
        browser.open("lab/messages.xhtml");
        browser.logIn(Staff.LAB_TECH, Staff.DEMO_PASSWORD);
        browser.waitFor("#labMessages\\:messages");
        browser.waitForText("#labMessages\\:messages", "DEMO-LAB-0002");
        browser.waitForText("#labMessages\\:messages", "OBX 1: OBX-5 is not a number although OBX-2 says NM");
        assertFalse(browser.text("#labMessages\\:messages").contains("DEMO-LAB-0001"), "parked ones only, at first");

        browser.choose("labMessages:status", "Unmatched");
        browser.waitForText("#labMessages\\:messages", "DEMO-LAB-0001");
        browser.waitForText("#labMessages\\:messages", "No patient of this hospital has the medical record number in PID-3");
        assertFalse(browser.text("#labMessages\\:messages").contains("DEMO-LAB-0002"));

        // The technician knows whose it is (the demo patient Ayesha Siddiqua); it belongs to no order of ours,
        // so the technician names the doctor who reviews it.
        browser.typeInRow("labMessages:messages", "DEMO-LAB-0001", "mrn", DEMO_PATIENT_MRN);
        browser.clickInRow("labMessages:messages", "DEMO-LAB-0001", "link");
        browser.waitForText("#labMessages\\:feedback", "The result names no order of this patient: name the order, or the doctor who reviews it");
        browser.typeInRow("labMessages:messages", "DEMO-LAB-0001", "reviewer", Staff.DOCTOR);
        browser.clickInRow("labMessages:messages", "DEMO-LAB-0001", "link");
        browser.waitForText("#labMessages\\:feedback", "Linked: the result is on the patient's record");
        browser.choose("labMessages:status", "Stored");
        browser.waitForText("#labMessages\\:messages", "DEMO-LAB-0001");
        browser.waitForText("#labMessages\\:messages", "Linked by " + Staff.LAB_TECH);
    }

    @Test
    void aDoctorIsAlertedToACriticalResultReadsItAndSignsItOff() {
        browser.open("index.xhtml");
        browser.logIn(Staff.DOCTOR, Staff.DEMO_PASSWORD);
        // Demo mode posted the laboratory's result of Mohammad Karim's panel: potassium 6.8 mmol/L, past the critical 6.2.
        browser.waitForText("#criticalAlert", "critical lab result");
        browser.click("#criticalAlert a");
        browser.waitForText("#inbox\\:reports tr.lab-critical", "Basic metabolic panel - Blood");
        browser.waitForText("#inbox\\:reports tr.lab-critical", "CRITICAL");
        browser.followLinkInRow("inbox:reports", "Basic metabolic panel - Blood", "open");

        browser.waitForText("#report\\:observations", "Potassium");
        browser.waitForText("#report\\:observations tr.lab-critical", "6.8");
        browser.waitForText("#report\\:observations tr.lab-critical", "HH");
        browser.waitForText("#report\\:observations tr.lab-critical", "3.5-5.1");
        browser.waitForText("#report\\:observations", "Repeated on the same sample: confirmed.");
        browser.click("#report\\:observations tr.lab-critical button[id$='trend']");
        browser.waitFor("#labTrend canvas");

        browser.click("#report\\:signOff");
        browser.waitForText("#report\\:feedback", "Signed off");
        browser.waitForText("#signedOff", Staff.DOCTOR);
        assertFalse(browser.isPresent("#report\\:signOff"), "signed off once");
        browser.open("lab/inbox.xhtml");
        browser.waitFor("#inbox\\:reports");
        assertFalse(browser.text("#inbox\\:reports").contains("Basic metabolic panel - Blood"), "out of the inbox");
        assertFalse(browser.isPresent("#criticalAlert"), "no alert left");
    }

    @Test
    void aReceptionistMayNotSeeThem() {
        browser.open("index.xhtml");
        browser.logIn(Staff.RECEPTIONIST, Staff.DEMO_PASSWORD);
        browser.waitForText("#welcomeUser", Staff.RECEPTIONIST);
        assertFalse(browser.pageSource().contains("Lab messages"), "no menu entry");
        browser.open("lab/messages.xhtml");
        browser.waitForText("#errorTitle", "Not allowed");
    }
}
