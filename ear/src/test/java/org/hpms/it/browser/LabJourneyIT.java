package org.hpms.it.browser;

import static org.junit.jupiter.api.Assertions.assertFalse;

import org.hpms.it.support.Staff;
import org.hpms.patient.domain.MedicalRecordNumber;
import org.junit.jupiter.api.Test;

/**
 * A lab technician's morning look at the laboratories' messages. The server's demo mode posts two
 * messages through the real LabResults queue at start: one with a glucose value that is not a number
 * (parked) and one for a patient the hospital does not know (unmatched), which the technician links.
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

        // The technician knows whose it is (the demo patient Ayesha Siddiqua) and links it.
        browser.typeInRow("labMessages:messages", "DEMO-LAB-0001", "mrn", DEMO_PATIENT_MRN);
        browser.clickInRow("labMessages:messages", "DEMO-LAB-0001", "link");
        browser.waitForText("#labMessages\\:feedback", "Linked: the result is on the patient's record");
        browser.choose("labMessages:status", "Stored");
        browser.waitForText("#labMessages\\:messages", "DEMO-LAB-0001");
        browser.waitForText("#labMessages\\:messages", "Linked by " + Staff.LAB_TECH);
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
