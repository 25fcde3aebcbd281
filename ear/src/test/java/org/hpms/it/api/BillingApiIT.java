package org.hpms.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hpms.it.support.ApiClient;
import org.hpms.it.support.Deployments;
import org.hpms.it.support.PatientFixtures;
import org.hpms.it.support.Staff;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Billing over real HTTP: a charge, an issued invoice, a cash payment under an Idempotency-Key, refusals with reasons, roles. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BillingApiIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    private final ApiClient api = new ApiClient();

    @Test
    void aChargeIsInvoicedAndPaidOnceWhateverTheClientRepeats() throws Exception {
        String mrn = registered();
        HttpResponse<String> charge = api.send(api.post("charges", """
                {"mrn": "%s", "serviceCode": "PROC-ECG", "quantity": 1, "reason": "ECG at the bedside"}""".formatted(mrn)), Staff.BILLING);
        assertEquals(201, charge.statusCode(), charge.body());
        assertEquals(403, api.send(api.post("charges", """
                {"mrn": "%s", "serviceCode": "PROC-ECG", "quantity": 1, "reason": "ECG at the bedside"}""".formatted(mrn)), Staff.DOCTOR)
                .statusCode(), "doctors enter no charges");

        HttpResponse<String> created = api.send(api.post("invoices", """
                {"mrn": "%s", "issue": true}""".formatted(mrn)), Staff.BILLING);
        assertEquals(201, created.statusCode(), created.body());
        Map<?, ?> invoice = (Map<?, ?>) api.map(created).get("invoice");
        String number = (String) invoice.get("number");
        assertTrue(created.headers().firstValue("Location").orElseThrow().endsWith("/api/v1/invoices/" + number));
        assertEquals(500.0, ((Number) invoice.get("total")).doubleValue());
        assertEquals(403, api.send(api.get("invoices/" + number), Staff.DOCTOR).statusCode(), "doctors see no invoices");

        api.send(api.post("cashier-sessions", "{\"amount\": 2000.00}"), Staff.BILLING); // 400 when already open: either way open now
        assertEquals(200, api.send(api.get("cashier-sessions/current"), Staff.BILLING).statusCode());

        HttpResponse<String> noKey = api.send(api.post("payments", payment(number, "100.00")), Staff.BILLING);
        assertEquals(400, noKey.statusCode());
        assertEquals("Every payment request needs an idempotency key of 1 to 100 characters", errors(noKey).get("idempotencyKey"));
        String key = UUID.randomUUID().toString();
        HttpResponse<String> first = api.send(api.post("payments", payment(number, "300.00")).header("Idempotency-Key", key), Staff.BILLING);
        assertEquals(201, first.statusCode(), first.body());
        HttpResponse<String> again = api.send(api.post("payments", payment(number, "300.00")).header("Idempotency-Key", key), Staff.BILLING);
        assertEquals(api.map(first).get("id"), api.map(again).get("id"), "a repeated request is the same payment");
        assertEquals(List.of(), ((List<?>) api.map(api.send(api.get("invoices/" + number), Staff.BILLING)).get("payments")).stream()
                .filter(p -> !((Map<?, ?>) p).get("id").equals(api.map(first).get("id"))).toList(), "one payment on the invoice");

        HttpResponse<String> over = api.send(api.post("payments", payment(number, "200.01")).header("Idempotency-Key", UUID.randomUUID().toString()),
                Staff.BILLING);
        assertEquals(400, over.statusCode());
        assertEquals("More than is owed: 200.00 BDT is outstanding on " + number, errors(over).get("amount"));
        HttpResponse<String> negative = api.send(api.post("payments", payment(number, "-5")).header("Idempotency-Key", UUID.randomUUID().toString()),
                Staff.BILLING);
        assertEquals("The amount must be more than zero", errors(negative).get("amount"));
        HttpResponse<String> rest = api.send(api.post("payments", payment(number, "200.00")).header("Idempotency-Key", UUID.randomUUID().toString()),
                Staff.BILLING);
        assertEquals(201, rest.statusCode(), rest.body());
        assertEquals("PAID", ((Map<?, ?>) api.map(api.send(api.get("invoices/" + number), Staff.BILLING)).get("invoice")).get("status"));

        HttpResponse<String> refund = api.send(api.post("payments/" + api.map(rest).get("id") + "/refunds",
                "{\"amount\": 50.00, \"reason\": \"Charged twice for the leads\"}").header("Idempotency-Key", UUID.randomUUID().toString()), Staff.BILLING);
        assertEquals(201, refund.statusCode(), refund.body());
        assertEquals("REFUND", api.map(refund).get("kind"));
        assertEquals(403, api.send(api.post("payments", payment(number, "1.00")).header("Idempotency-Key", "x"), Staff.NURSE).statusCode());
    }

    private static String payment(String number, String amount) {
        return """
                {"invoiceNumber": "%s", "gateway": "CASH", "amount": %s, "currency": "BDT"}""".formatted(number, amount);
    }

    private Map<?, ?> errors(HttpResponse<String> response) {
        return (Map<?, ?>) api.map(response).get("errors");
    }

    private String registered() throws Exception {
        String body = """
                {"givenName": "Rahim", "familyName": "%s", "sex": "MALE", "birthDate": "1968-03-02"}
                """.formatted(PatientFixtures.uniqueWord("Bill"));
        return (String) api.map(api.send(api.post("patients", body), Staff.RECEPTIONIST)).get("mrn");
    }
}
