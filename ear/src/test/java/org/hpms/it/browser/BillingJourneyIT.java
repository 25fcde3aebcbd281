package org.hpms.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.hpms.it.support.ApiClient;
import org.hpms.it.support.PatientFixtures;
import org.hpms.it.support.Staff;
import org.junit.jupiter.api.Test;

/**
 * Billing screens in a real browser: the cashier desk (find the patient, bill the charges, take cash,
 * refused beyond what is owed, print the receipt), the invoice list (find, open, void with a reason, the
 * statement of account), the price list (a new service and its price) and the billing jobs page (start a
 * job, watch it finish).
 */
class BillingJourneyIT extends BrowserTestSupport {

    private final ApiClient api = new ApiClient();

    @Test
    void theCashierBillsTakesCashAndPrintsTheReceipt() throws Exception {
        String mrn = patientWithAnEcgCharge();

        browser.open("billing/desk.xhtml");
        browser.logIn(Staff.BILLING, Staff.DEMO_PASSWORD);
        browser.waitFor("#desk\\:session");
        if (browser.isPresent("#desk\\:open")) {
            browser.type("#desk\\:openingBalance_input", "2000");
            browser.click("#desk\\:open");
        }
        browser.waitFor("#desk\\:close");

        browser.type("#desk\\:mrn", mrn);
        browser.click("#desk\\:find");
        browser.waitForText("#desk\\:unbilled", "Electrocardiogram, 12-lead");
        browser.click("#desk\\:billNow");
        browser.waitForText("#desk\\:feedback", "issued: 500.00 BDT");
        String invoice = browser.text("#desk\\:feedback").replaceAll("(?s).*Invoice (INV-\\d{4}-\\d{6}) issued.*", "$1");
        assertTrue(invoice.matches("INV-\\d{4}-\\d{6}"), browser.text("#desk\\:feedback"));
        browser.waitFor("#desk\\:payment");
        assertEquals("500.00", browser.waitFor("#desk\\:amount_input").getAttribute("value"), "the amount owed is offered");

        browser.type("#desk\\:amount_input", "600");
        browser.click("#desk\\:takeCash");
        browser.waitForText("#desk\\:feedback", "More than is owed: 500.00 BDT is outstanding on " + invoice);
        browser.type("#desk\\:amount_input", "500");
        browser.click("#desk\\:takeCash");
        browser.waitForText("#desk\\:feedback", "500.00 BDT received on " + invoice);
        String receipt = browser.text("#desk\\:receiptNumber");
        assertTrue(receipt.matches("RCT-\\d{4}-\\d{6}"), receipt);
        assertTrue(browser.text("#desk\\:invoices").contains("No open invoices."), "paid in full");
        browser.screenshot("cashier-desk");

        browser.click("#desk\\:downloadReceipt");
        byte[] pdf = Files.readAllBytes(browser.downloaded(".pdf"));
        assertEquals("%PDF-", new String(pdf, 0, 5, StandardCharsets.US_ASCII));
        assertTrue(pdf.length > 1_000, "a rendered receipt, " + pdf.length + " bytes");

        HttpResponse<String> paid = api.send(api.get("invoices/" + invoice), Staff.BILLING);
        assertEquals("PAID", ((java.util.Map<?, ?>) api.map(paid).get("invoice")).get("status"));
        assertEquals(1, ((java.util.List<?>) api.map(paid).get("payments")).size(), "one payment, whatever was clicked");
    }

    @Test
    void onlyBillingStaffOpenTheCashierDesk() {
        browser.open("billing/desk.xhtml");
        browser.logIn(Staff.DOCTOR, Staff.DEMO_PASSWORD);
        browser.waitForText("#errorTitle", "Not allowed");
        assertTrue(!browser.isPresent("#cashierDesk"), "no cashier desk in a doctor's menu");
    }

    @Test
    void billingStaffStartABillingCycleAndWatchItFinish() throws Exception {
        browser.open("billing/jobs.xhtml");
        browser.logIn(Staff.BILLING, Staff.DEMO_PASSWORD);
        browser.waitFor("#jobs\\:startCycle");
        browser.click("#jobs\\:startCycle");
        browser.waitForText("#jobs\\:feedback", "Billing cycle started (execution ");
        String execution = browser.text("#jobs\\:feedback").replaceAll("(?s).*execution (\\d+)\\).*", "$1");
        for (int attempt = 0; attempt < 60 && !finished(execution); attempt++) {
            browser.click("#jobs\\:refresh");
            browser.waitForText("#jobs\\:runs", "billing-cycle");
        }
        assertTrue(finished(execution), browser.text("#jobs\\:runs"));
        browser.clickInRow("jobs:runs", execution, "exceptions");
        browser.waitFor("#jobs\\:exceptionList");
        browser.screenshot("billing-jobs");
    }

    @Test
    void billingStaffReadTheReportsAndExportThem() throws Exception {
        browser.open("billing/reports.xhtml");
        browser.logIn(Staff.BILLING, Staff.DEMO_PASSWORD);
        browser.waitFor("#reports\\:sessions");
        assertTrue(browser.text("#reports\\:aging").contains("Age"), browser.text("#reports\\:aging"));
        browser.click("#reports\\:exportRevenuePdf");
        byte[] pdf = Files.readAllBytes(browser.downloaded(".pdf"));
        assertEquals("%PDF-", new String(pdf, 0, 5, StandardCharsets.US_ASCII), "the revenue table as PDF");
        browser.logOut();
        browser.open("billing/reports.xhtml");
        browser.logIn(Staff.DOCTOR, Staff.DEMO_PASSWORD);
        browser.waitForText("#errorTitle", "Not allowed");
    }

    @Test
    void billingStaffFindInvoicesVoidOneAndReadTheStatementOfAccount() throws Exception {
        String mrn = patientWithAnEcgCharge();
        String kept = issued(mrn);
        api.send(api.post("charges", """
                {"mrn": "%s", "serviceCode": "PROC-ECG", "quantity": 1, "reason": "Repeat ECG"}""".formatted(mrn)), Staff.BILLING);
        String wrong = issued(mrn);

        browser.open("billing/invoices.xhtml");
        browser.logIn(Staff.BILLING, Staff.DEMO_PASSWORD);
        browser.type("#invoices\\:mrn", mrn);
        browser.click("#invoices\\:find");
        browser.waitForText("#invoices\\:balance", "Balance owed: 1000.00 BDT");
        assertTrue(browser.text("#invoices\\:list").contains(kept) && browser.text("#invoices\\:list").contains(wrong), browser.text("#invoices\\:list"));

        browser.clickInRow("invoices:list", wrong, "open");
        browser.waitForText("#invoices\\:invoice", "Electrocardiogram, 12-lead");
        browser.click("#invoices\\:void");
        browser.waitForText("#invoices\\:feedback", "reason");
        assertEquals("Issued", browser.text("#invoices\\:shownStatus"), "nothing voided without a reason");
        browser.type("#invoices\\:voidReason", "Billed twice by mistake");
        browser.click("#invoices\\:void");
        browser.waitForText("#invoices\\:feedback", "Invoice " + wrong + " is void");
        browser.waitForText("#invoices\\:shownStatus", "Void");

        browser.click("#invoices\\:find");
        browser.waitForText("#invoices\\:balance", "Balance owed: 500.00 BDT");
        assertTrue(browser.text("#invoices\\:entries").contains("Voided: Billed twice by mistake"), browser.text("#invoices\\:entries"));
        browser.screenshot("invoices-statement");
        browser.click("#invoices\\:statementPdf");
        byte[] pdf = Files.readAllBytes(browser.downloaded(".pdf"));
        assertEquals("%PDF-", new String(pdf, 0, 5, StandardCharsets.US_ASCII), "the statement as PDF");
    }

    @Test
    void billingStaffAddAServiceAndPriceIt() {
        String code = "PROC-T" + PatientFixtures.uniqueDigits(6);
        browser.open("billing/prices.xhtml");
        browser.logIn(Staff.BILLING, Staff.DEMO_PASSWORD);
        browser.type("#prices\\:newCode", code);
        browser.type("#prices\\:newName", "Holter monitoring, 24 hours");
        browser.choose("prices:newCategory", "Procedure");
        browser.type("#prices\\:newDepartment", "Cardiology");
        browser.type("#prices\\:newTaxRate", "15");
        browser.click("#prices\\:addService");
        browser.waitForText("#prices\\:feedback", "Service " + code + " added");
        assertEquals(code, browser.waitFor("#prices\\:priceCode").getAttribute("value"), "the new service is offered for its price");

        browser.type("#prices\\:priceAmount", "2500.125");
        browser.click("#prices\\:setPrice");
        browser.waitForText("#prices\\:feedback", "BDT amounts have at most 2 decimals");
        browser.type("#prices\\:priceAmount", "2500.50");
        browser.click("#prices\\:setPrice");
        browser.waitForText("#prices\\:feedback", code + " costs 2500.50 BDT from ");
        browser.type("#prices\\:services\\:globalFilter", code);
        browser.waitForText("#prices\\:services", "Holter monitoring, 24 hours");
        assertTrue(browser.text("#prices\\:services").contains("2500.50"), browser.text("#prices\\:services"));
    }

    private String issued(String mrn) throws Exception {
        HttpResponse<String> created = api.send(api.post("invoices", "{\"mrn\": \"%s\", \"issue\": true}".formatted(mrn)), Staff.BILLING);
        assertEquals(201, created.statusCode(), created.body());
        return (String) ((java.util.Map<?, ?>) api.map(created).get("invoice")).get("number");
    }

    private boolean finished(String execution) {
        return browser.text("#jobs\\:runs").lines().anyMatch(row -> row.startsWith(execution + " billing-cycle COMPLETED"));
    }

    private String patientWithAnEcgCharge() throws Exception {
        String mrn = (String) api.map(api.send(api.post("patients", """
                {"givenName": "Nasir", "familyName": "%s", "sex": "MALE", "birthDate": "1958-11-02"}
                """.formatted(PatientFixtures.uniqueWord("Cash"))), Staff.RECEPTIONIST)).get("mrn");
        HttpResponse<String> charge = api.send(api.post("charges", """
                {"mrn": "%s", "serviceCode": "PROC-ECG", "quantity": 1, "reason": "ECG in the emergency room"}""".formatted(mrn)), Staff.BILLING);
        assertEquals(201, charge.statusCode(), charge.body());
        return mrn;
    }
}
