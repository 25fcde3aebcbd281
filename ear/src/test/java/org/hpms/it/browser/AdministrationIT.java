package org.hpms.it.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.hpms.it.support.PatientFixtures;
import org.hpms.it.support.Staff;
import org.junit.jupiter.api.Test;

/** An administrator manages staff accounts on the screen; the new account can then log in, until disabled. */
class AdministrationIT extends BrowserTestSupport {

    @Test
    void adminSeesWhoViewedAChart() {
        browser.open("admin/privacy.xhtml");
        browser.logIn(Staff.ADMIN, Staff.DEMO_PASSWORD);
        browser.type("#byUser\\:username", "system"); // the demo patients were registered by the application itself
        browser.click("#byUser\\:show");
        browser.waitForText("#byUser\\:patients", "100000017");
        browser.type("#byPatient\\:patientMrn", "100000017");
        browser.click("#byPatient\\:show");
        browser.waitForText("#byPatient\\:viewers", "system");
    }

    @Test
    void adminLooksUpAndImportsIcd10Codes() throws Exception {
        browser.open("admin/icd10.xhtml");
        browser.logIn(Staff.ADMIN, Staff.DEMO_PASSWORD);
        browser.type("#lookup\\:query", "type 2 diab");
        browser.click("#lookup\\:find");
        browser.waitForText("#lookup\\:codes", "E11.9");

        java.nio.file.Path orderFile = java.nio.file.Files.createTempFile(
                java.nio.file.Path.of(System.getProperty("hpms.it.dir")), "icd10cm_order_", ".txt");
        java.nio.file.Files.writeString(orderFile, String.format("%-5s %-7s %c %-60s %s%n", "01234", "Z7189", '1',
                "Other specified counseling", "Other specified counseling") + "not an order file line\n");
        browser.upload("#import\\:orderFile_input", orderFile);
        browser.waitForText("#import\\:messages", "1 added, 0 updated, 0 unchanged, 1 rejected");
        browser.waitForText("#import\\:rejections", "line 2: line too short");

        browser.type("#lookup\\:query", "z71.89");
        browser.click("#lookup\\:find");
        browser.waitForText("#lookup\\:codes", "Other specified counseling");
    }

    @Test
    void adminCreatesAnAccountThatLogsInAndDisablesIt() {
        String username = PatientFixtures.uniqueWord("doc").toLowerCase();
        String password = "Ward-Round-0700";

        browser.open("admin/staff.xhtml");
        browser.logIn(Staff.ADMIN, Staff.DEMO_PASSWORD);
        browser.type("#staff\\:newUsername", "x"); // a refused request first: the reason is shown on the page
        browser.type("#staff\\:newFullName", "Dr. Test");
        browser.type("#staff\\:newPassword", "short");
        browser.tick("staff:newRoles", "DOCTOR");
        browser.click("#staff\\:create");
        browser.waitForText("#staff\\:messages", "User name must be 3-64 characters");

        browser.type("#staff\\:newUsername", username);
        browser.type("#staff\\:newPassword", password);
        browser.click("#staff\\:create");
        browser.waitForText("#staff\\:messages", "Account " + username + " created");
        browser.waitForText("#staff\\:accounts", username);
        browser.logOut();
        browser.open("index.xhtml");
        browser.logIn(username, password);
        browser.waitForText("#welcomeUser", username);
        assertTrue(!browser.isPresent("a[href*='admin/staff']"), "a doctor's menu offers no administration");

        // The new doctor replaces the password the administrator chose.
        String ownPassword = "Night-Shift-2300";
        browser.open("account/password.xhtml");
        browser.type("#password\\:currentPassword", password);
        browser.type("#password\\:newPassword", ownPassword);
        browser.type("#password\\:repeatedPassword", "Night-Shift-2301");
        browser.click("#password\\:change");
        browser.waitForText("#password", "The two new passwords differ");
        browser.type("#password\\:currentPassword", password);
        browser.type("#password\\:newPassword", ownPassword);
        browser.type("#password\\:repeatedPassword", ownPassword);
        browser.click("#password\\:change");
        browser.waitForText("#password\\:messages", "Your password has been changed");
        browser.logOut();
        browser.open("admin/staff.xhtml");
        browser.logIn(Staff.ADMIN, Staff.DEMO_PASSWORD);
        browser.waitForText("#staff\\:accounts", username);
        browser.clickInRow("staff:accounts", username, ":toggle");
        browser.waitForText("#staff\\:messages", "Account " + username + " disabled");
        browser.logOut();
        browser.open("index.xhtml");
        browser.logIn(username, ownPassword);
        browser.waitFor("#loginError");
    }
}
