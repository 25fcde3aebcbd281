package org.hpms.it.api;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
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
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Card payments through the official Stripe client against a WireMock stub of Stripe's documented
 * PaymentIntents and Refunds API (the test server's HPMS_STRIPE_API_BASE): success under our
 * idempotency key, a decline, a timeout left pending and settled once by the reconciliation job, a 5xx.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CardGatewayIT {

    private static WireMockServer stripe;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    private final ApiClient api = new ApiClient();

    @BeforeAll
    static void startStripeStub() {
        stripe = new WireMockServer(options().bindAddress("127.0.0.1").port(Integer.getInteger("hpms.it.stripePort")));
        stripe.start();
    }

    @AfterAll
    static void stopStripeStub() {
        stripe.stop();
    }

    @Test
    void aCardPaymentSucceedsUnderOurIdempotencyKeyAndIsRefundedThroughStripe() throws Exception {
        String invoice = invoiceOfAnEcg();
        stripe.stubFor(post(urlEqualTo("/v1/payment_intents")).withRequestBody(containing(invoice))
                .willReturn(json(200, intent("pi_ok_" + invoice, "succeeded"))));
        String key = UUID.randomUUID().toString();
        HttpResponse<String> paid = pay(invoice, "500.00", key);
        assertEquals(201, paid.statusCode(), paid.body());
        Map<String, Object> payment = api.map(paid);
        assertEquals("SUCCEEDED", payment.get("status"));
        assertEquals("pi_ok_" + invoice, payment.get("gatewayReference"));
        stripe.verify(1, postRequestedFor(urlEqualTo("/v1/payment_intents")).withHeader("Idempotency-Key", equalTo("hpms-" + key))
                .withHeader("Authorization", equalTo("Bearer sk_test_hpms_stub")).withRequestBody(containing("amount=50000"))
                .withRequestBody(containing("currency=bdt")).withRequestBody(containing("payment_method=pm_card_visa"))
                .withRequestBody(containing("confirm=true")));
        assertEquals("PAID", status(invoice));

        stripe.stubFor(post(urlEqualTo("/v1/refunds")).withRequestBody(containing("pi_ok_" + invoice))
                .willReturn(json(200, "{\"id\": \"re_" + invoice + "\", \"object\": \"refund\", \"status\": \"succeeded\", \"amount\": 10000}")));
        HttpResponse<String> refund = api.send(api.post("payments/" + payment.get("id") + "/refunds",
                "{\"amount\": 100.00, \"reason\": \"ECG leads charged twice\"}").header("Idempotency-Key", UUID.randomUUID().toString()), Staff.BILLING);
        assertEquals(201, refund.statusCode(), refund.body());
        assertEquals("SUCCEEDED", api.map(refund).get("status"));
        stripe.verify(postRequestedFor(urlEqualTo("/v1/refunds")).withRequestBody(containing("payment_intent=pi_ok_" + invoice))
                .withRequestBody(containing("amount=10000")));
        assertEquals("PARTIALLY_PAID", status(invoice), "100.00 given back");
    }

    @Test
    void aDeclinedCardFailsWithStripesReasonAndTakesNothing() throws Exception {
        String invoice = invoiceOfAnEcg();
        stripe.stubFor(post(urlEqualTo("/v1/payment_intents")).withRequestBody(containing(invoice)).willReturn(json(402, """
                {"error": {"type": "card_error", "code": "card_declined", "decline_code": "insufficient_funds",
                           "message": "Your card has insufficient funds."}}""")));
        HttpResponse<String> declined = pay(invoice, "500.00", UUID.randomUUID().toString());
        assertEquals(201, declined.statusCode(), declined.body());
        assertEquals("FAILED", api.map(declined).get("status"));
        assertEquals("Card declined: Your card has insufficient funds.", api.map(declined).get("failureReason"));
        assertEquals("ISSUED", status(invoice), "nothing taken");
    }

    @Test
    void aTimeoutLeavesThePaymentPendingAndReconciliationSettlesItOnce() throws Exception {
        String invoice = invoiceOfAnEcg();
        String scenario = "late-" + invoice;
        stripe.stubFor(post(urlEqualTo("/v1/payment_intents")).withRequestBody(containing(invoice)).inScenario(scenario)
                .whenScenarioStateIs(Scenario.STARTED).willSetStateTo("answered")
                .willReturn(json(200, intent("pi_late_" + invoice, "succeeded")).withFixedDelay(4_000)));
        stripe.stubFor(post(urlEqualTo("/v1/payment_intents")).withRequestBody(containing(invoice)).inScenario(scenario)
                .whenScenarioStateIs("answered").willReturn(json(200, intent("pi_late_" + invoice, "succeeded"))));
        String key = UUID.randomUUID().toString();
        HttpResponse<String> pending = pay(invoice, "500.00", key);
        assertEquals(201, pending.statusCode(), pending.body());
        assertEquals("PENDING", api.map(pending).get("status"));
        assertTrue(((String) api.map(pending).get("failureReason")).startsWith("No answer from Stripe"), pending.body());
        assertEquals("ISSUED", status(invoice), "not counted while nobody knows");

        HttpResponse<String> second = pay(invoice, "500.00", UUID.randomUUID().toString());
        assertEquals(400, second.statusCode(), "a second card payment could charge the patient twice");
        assertEquals("500.00 BDT of " + invoice + " is awaiting the gateway's confirmation; at most 0.00 more can be taken now",
                ((Map<?, ?>) api.map(second).get("errors")).get("amount"));

        reconcile();
        HttpResponse<String> settled = api.send(api.get("payments/" + api.map(pending).get("id")), Staff.BILLING);
        assertEquals("SUCCEEDED", api.map(settled).get("status"));
        assertEquals("pi_late_" + invoice, api.map(settled).get("gatewayReference"));
        assertEquals("PAID", status(invoice));
        reconcile();
        Map<?, ?> details = (Map<?, ?>) api.map(api.send(api.get("invoices/" + invoice), Staff.BILLING)).get("invoice");
        assertEquals(500.0, ((Number) details.get("paid")).doubleValue(), "counted once");
        stripe.verify(2, postRequestedFor(urlEqualTo("/v1/payment_intents")).withRequestBody(containing(invoice))
                .withHeader("Idempotency-Key", equalTo("hpms-" + key)));
    }

    @Test
    void aStripeServerErrorLeavesThePaymentPending() throws Exception {
        String invoice = invoiceOfAnEcg();
        stripe.stubFor(post(urlEqualTo("/v1/payment_intents")).withRequestBody(containing(invoice))
                .willReturn(json(500, "{\"error\": {\"type\": \"api_error\", \"message\": \"Something went wrong on Stripe's end.\"}}")));
        HttpResponse<String> pending = pay(invoice, "200.00", UUID.randomUUID().toString());
        assertEquals("PENDING", api.map(pending).get("status"), pending.body());
        assertTrue(((String) api.map(pending).get("failureReason")).startsWith("Stripe error 500"), pending.body());
        assertEquals("ISSUED", status(invoice));
    }

    private void reconcile() throws Exception {
        HttpResponse<String> started = api.send(api.post("billing-jobs/payment-reconciliation", "{\"olderThanSeconds\": 0}"), Staff.BILLING);
        assertEquals(202, started.statusCode(), started.body());
        Object id = api.map(started).get("executionId");
        Instant deadline = Instant.now().plus(Duration.ofMinutes(1));
        while (Instant.now().isBefore(deadline)) {
            Map<String, Object> run = api.map(api.send(api.get("billing-jobs/executions/" + ((Number) id).longValue()), Staff.BILLING));
            if (!(Boolean) run.get("running")) {
                assertEquals("COMPLETED", run.get("status"), run.toString());
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("reconciliation did not finish");
    }

    private HttpResponse<String> pay(String invoice, String amount, String key) throws Exception {
        return api.send(api.post("payments", """
                {"invoiceNumber": "%s", "gateway": "CARD", "amount": %s, "currency": "BDT", "paymentMethod": "pm_card_visa"}"""
                .formatted(invoice, amount)).header("Idempotency-Key", key), Staff.BILLING);
    }

    private String status(String invoice) throws Exception {
        return (String) ((Map<?, ?>) api.map(api.send(api.get("invoices/" + invoice), Staff.BILLING)).get("invoice")).get("status");
    }

    private String invoiceOfAnEcg() throws Exception {
        String mrn = (String) api.map(api.send(api.post("patients", """
                {"givenName": "Card", "familyName": "%s", "sex": "FEMALE", "birthDate": "1985-04-12"}
                """.formatted(PatientFixtures.uniqueWord("Payer"))), Staff.RECEPTIONIST)).get("mrn");
        api.send(api.post("charges", """
                {"mrn": "%s", "serviceCode": "PROC-ECG", "quantity": 1, "reason": "ECG in the cardiac clinic"}""".formatted(mrn)), Staff.BILLING);
        HttpResponse<String> created = api.send(api.post("invoices", "{\"mrn\": \"%s\", \"issue\": true}".formatted(mrn)), Staff.BILLING);
        assertEquals(201, created.statusCode(), created.body());
        return (String) ((Map<?, ?>) api.map(created).get("invoice")).get("number");
    }

    private static String intent(String id, String status) {
        return "{\"id\": \"" + id + "\", \"object\": \"payment_intent\", \"status\": \"" + status + "\", \"amount\": 50000, \"currency\": \"bdt\"}";
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withHeader("Request-Id", "req_stub").withBody(body);
    }
}
