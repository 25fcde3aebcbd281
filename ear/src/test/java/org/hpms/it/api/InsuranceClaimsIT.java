package org.hpms.it.api;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.hpms.it.support.ApiClient;
import org.hpms.it.support.Deployments;
import org.hpms.it.support.PatientFixtures;
import org.hpms.it.support.Staff;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Insurance claims against a WireMock stub of a FHIR R4 clearing house: the claim job claims each insured
 * invoice's share once (a conditional create on our key), reconciliation settles what the insurer paid
 * (in part, here) or records its denial; a claim lost to a clearing-house error is sent again under the
 * same identifier; an invoice whose insurance ended is recorded as not claimed, with the reason.
 * Troponin (1800.00, lab: covered by Green Delta at 80%) and an ECG (500.00, procedure: not covered) make
 * an insurer's share of 1440.00.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class InsuranceClaimsIT {

    private static WireMockServer clearingHouse;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    private final ApiClient api = new ApiClient();

    @BeforeAll
    static void startClearingHouseStub() {
        clearingHouse = new WireMockServer(options().bindAddress("127.0.0.1").port(Integer.getInteger("hpms.it.insurancePort")));
        clearingHouse.start();
        // Invoices of other tests that the job also finds are refused at once (lowest priority: each test stubs its own).
        clearingHouse.stubFor(post(urlPathEqualTo("/fhir/Claim")).atPriority(10).willReturn(fhir(422,
                "{\"resourceType\": \"OperationOutcome\", \"issue\": [{\"severity\": \"error\", \"code\": \"invalid\", \"diagnostics\": \"Unknown member\"}]}")));
    }

    @AfterAll
    static void stopClearingHouseStub() {
        clearingHouse.stop();
    }

    @Test
    void eachInsuredInvoiceIsClaimedOnceAndWhatTheInsurerPaidIsCounted() throws Exception {
        String member = "GD-" + PatientFixtures.uniqueDigits(8);
        String invoice = insuredInvoice(member);
        clearingHouse.stubFor(post(urlPathEqualTo("/fhir/Claim")).withHeader("If-None-Exist", containing("claim-" + invoice + "-1"))
                .willReturn(aResponse().withStatus(201).withHeader("Location", "http://127.0.0.1/fhir/Claim/C-" + invoice + "/_history/1")));

        assertEquals("COMPLETED", api.runJob("insurance-claims", "{}").get("status"));
        Map<String, Object> claim = onlyClaim(invoice);
        assertEquals("PENDING", claim.get("status"), "insurers decide later");
        assertEquals("Claim/C-" + invoice, claim.get("gatewayReference"));
        assertEquals(1440.0, ((Number) claim.get("amount")).doubleValue());
        clearingHouse.verify(1, postRequestedFor(urlPathEqualTo("/fhir/Claim"))
                .withHeader("Authorization", equalTo("Bearer clearing-house-test-token"))
                .withHeader("Content-Type", containing("application/fhir+json"))
                .withRequestBody(containing("\"subscriberId\":\"" + member + "\""))
                .withRequestBody(containing("LAB-CHEM-TNI"))
                .withRequestBody(containing("\"value\":\"claim-" + invoice + "-1\"")));
        clearingHouse.verify(0, postRequestedFor(urlPathEqualTo("/fhir/Claim")).withRequestBody(containing(invoice + "-1"))
                .withRequestBody(containing("PROC-ECG")));

        api.runJob("insurance-claims", "{}");
        assertEquals(1, claims(invoice).size(), "a claimed invoice is not claimed again by the job");
        clearingHouse.verify(1, postRequestedFor(urlPathEqualTo("/fhir/Claim")).withHeader("If-None-Exist", containing(invoice)));

        clearingHouse.stubFor(get(urlPathEqualTo("/fhir/ClaimResponse")).withQueryParam("request", equalTo("Claim/C-" + invoice))
                .willReturn(fhir(200, searchSet("R-" + invoice, "partial", "1200.00", "Troponin limited to 1500.00 a year less 300.00 used"))));
        api.runJob("payment-reconciliation", "{\"olderThanSeconds\": 0}");
        claim = onlyClaim(invoice);
        assertEquals("SUCCEEDED", claim.get("status"));
        assertEquals(1200.0, ((Number) claim.get("amount")).doubleValue(), "what the insurer paid");
        assertEquals(1440.0, ((Number) claim.get("requestedAmount")).doubleValue(), "what was claimed");
        assertTrue(((String) claim.get("failureReason")).contains("Troponin limited"), "with the insurer's reason");
        assertNotNull(claim.get("receiptNumber"));
        Map<?, ?> details = (Map<?, ?>) api.map(api.send(api.get("invoices/" + invoice), Staff.BILLING)).get("invoice");
        assertEquals(1200.0, ((Number) details.get("insurerPaid")).doubleValue());
        assertEquals(240.0, ((Number) details.get("insurerOutstanding")).doubleValue());
        assertEquals(860.0, ((Number) details.get("outstanding")).doubleValue(), "the patient's share is the patient's: 360.00 + 500.00");

        HttpResponse<String> refund = api.send(api.post("payments/" + claim.get("id") + "/refunds", """
                {"amount": 100.00, "reason": "Insurer overpaid"}""").header("Idempotency-Key", "refund-" + invoice), Staff.BILLING);
        assertEquals(400, refund.statusCode(), "an insurer's payment is not refunded at the desk");

        clearingHouse.stubFor(post(urlPathEqualTo("/fhir/Claim")).withHeader("If-None-Exist", containing("claim-" + invoice + "-2"))
                .willReturn(aResponse().withStatus(201).withHeader("Location", "http://127.0.0.1/fhir/Claim/C2-" + invoice + "/_history/1")));
        HttpResponse<String> again = api.send(api.post("invoices/" + invoice + "/claims", ""), Staff.BILLING);
        assertEquals(201, again.statusCode(), again.body());
        assertEquals(240.0, ((Number) api.map(again).get("amount")).doubleValue(), "billing staff claim the rest again (an appeal)");
        assertEquals("PENDING", api.map(again).get("status"));
    }

    @Test
    void aClaimLostToAClearingHouseErrorIsSentAgainUnderItsIdentifierAndADenialSaysWhy() throws Exception {
        String invoice = insuredInvoice("GD-" + PatientFixtures.uniqueDigits(8));
        String scenario = "lost-" + invoice;
        clearingHouse.stubFor(post(urlPathEqualTo("/fhir/Claim")).withHeader("If-None-Exist", containing(invoice)).inScenario(scenario)
                .whenScenarioStateIs(Scenario.STARTED).willReturn(aResponse().withStatus(503)).willSetStateTo("up"));
        clearingHouse.stubFor(post(urlPathEqualTo("/fhir/Claim")).withHeader("If-None-Exist", containing(invoice)).inScenario(scenario)
                .whenScenarioStateIs("up").willReturn(aResponse().withStatus(200)
                        .withHeader("Location", "http://127.0.0.1/fhir/Claim/D-" + invoice + "/_history/1")));

        HttpResponse<String> sent = api.send(api.post("invoices/" + invoice + "/claims", ""), Staff.BILLING);
        assertEquals(201, sent.statusCode(), sent.body());
        assertEquals("PENDING", api.map(sent).get("status"), "no answer is not a refusal");
        assertNull(api.map(sent).get("gatewayReference"));
        assertTrue(((String) api.map(sent).get("failureReason")).contains("503"), (String) api.map(sent).get("failureReason"));

        HttpResponse<String> twice = api.send(api.post("invoices/" + invoice + "/claims", ""), Staff.BILLING);
        assertEquals(400, twice.statusCode());
        assertTrue(twice.body().contains("waiting for the insurer's decision"), twice.body());

        clearingHouse.stubFor(get(urlPathEqualTo("/fhir/ClaimResponse")).withQueryParam("request", equalTo("Claim/D-" + invoice))
                .willReturn(fhir(200, searchSet("R-" + invoice, "complete", "0.00", "Policy lapsed on 2026-10-31"))));
        api.runJob("payment-reconciliation", "{\"olderThanSeconds\": 0}");
        assertEquals("Claim/D-" + invoice, onlyClaim(invoice).get("gatewayReference"), "sent again, the clearing house found the first");
        clearingHouse.verify(2, postRequestedFor(urlPathEqualTo("/fhir/Claim")).withHeader("If-None-Exist",
                equalTo("identifier=urn%3Ahpms%3Aclaim%7Cclaim-" + invoice + "-1")));

        api.runJob("payment-reconciliation", "{\"olderThanSeconds\": 0}");
        Map<String, Object> claim = onlyClaim(invoice);
        assertEquals("FAILED", claim.get("status"));
        assertEquals("The insurer denied the claim: Policy lapsed on 2026-10-31", claim.get("failureReason"));
        Map<?, ?> details = (Map<?, ?>) api.map(api.send(api.get("invoices/" + invoice), Staff.BILLING)).get("invoice");
        assertEquals(1440.0, ((Number) details.get("insurerOutstanding")).doubleValue(), "a denial pays nothing");
    }

    @Test
    void anInvoiceWhoseInsuranceEndedIsNotClaimedAndSaysWhy() throws Exception {
        String member = "GD-" + PatientFixtures.uniqueDigits(8);
        String invoice = insuredInvoice(member);
        String mrn = (String) ((Map<?, ?>) api.map(api.send(api.get("invoices/" + invoice), Staff.BILLING)).get("invoice")).get("mrn");
        assertEquals(204, api.send(api.put("billing-plans/" + mrn, "{}"), Staff.RECEPTIONIST).statusCode(), "now self-pay");

        api.runJob("insurance-claims", "{}");
        Map<String, Object> claim = onlyClaim(invoice);
        assertEquals("FAILED", claim.get("status"));
        assertTrue(((String) claim.get("failureReason")).startsWith("Claim not sent: the patient's billing plan has no member number"),
                (String) claim.get("failureReason"));
        clearingHouse.verify(0, postRequestedFor(urlPathEqualTo("/fhir/Claim")).withRequestBody(containing(member)));
    }

    /** A Green Delta member's issued invoice of a troponin test and an ECG. */
    private String insuredInvoice(String member) throws Exception {
        String mrn = (String) api.map(api.send(api.post("patients", """
                {"givenName": "Insured", "familyName": "%s", "sex": "FEMALE", "birthDate": "1975-06-02"}
                """.formatted(PatientFixtures.uniqueWord("Member"))), Staff.RECEPTIONIST)).get("mrn");
        HttpResponse<String> plan = api.send(api.put("billing-plans/" + mrn, """
                {"payer": "GREEN-DELTA", "memberNumber": "%s"}""".formatted(member)), Staff.RECEPTIONIST);
        assertEquals(204, plan.statusCode(), plan.body());
        for (String service : List.of("LAB-CHEM-TNI", "PROC-ECG")) {
            HttpResponse<String> charge = api.send(api.post("charges", """
                    {"mrn": "%s", "serviceCode": "%s", "quantity": 1, "reason": "Chest pain work-up"}""".formatted(mrn, service)), Staff.BILLING);
            assertEquals(201, charge.statusCode(), charge.body());
        }
        HttpResponse<String> created = api.send(api.post("invoices", "{\"mrn\": \"%s\", \"issue\": true}".formatted(mrn)), Staff.BILLING);
        assertEquals(201, created.statusCode(), created.body());
        Map<?, ?> invoice = (Map<?, ?>) api.map(created).get("invoice");
        assertEquals(1440.0, ((Number) invoice.get("insurerShare")).doubleValue());
        return (String) invoice.get("number");
    }

    private List<Map<String, Object>> claims(String invoice) throws Exception {
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> claims = api.read(api.send(api.get("invoices/" + invoice + "/claims"), Staff.BILLING), List.class);
        return claims;
    }

    private Map<String, Object> onlyClaim(String invoice) throws Exception {
        List<Map<String, Object>> claims = claims(invoice);
        assertEquals(1, claims.size(), claims.toString());
        return claims.get(0);
    }

    private static String searchSet(String id, String outcome, String paid, String disposition) {
        return """
                {"resourceType": "Bundle", "type": "searchset", "entry": [{"resource": {"resourceType": "ClaimResponse", "id": "%s",
                 "status": "active", "use": "claim", "outcome": "%s", "disposition": "%s", "created": "2026-11-26",
                 "payment": {"amount": {"value": %s, "currency": "BDT"}}}}]}""".formatted(id, outcome, disposition, paid);
    }

    private static ResponseDefinitionBuilder fhir(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/fhir+json").withBody(body);
    }
}
