package org.hpms.it.api;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.hpms.billing.domain.MobileMoneySignature;
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
 * Mobile money (bKash/SSLCommerz-style hosted checkout) against a WireMock stub of the provider: the
 * payment is created there and waits; the provider's signed callback settles it once (a repeat changes
 * nothing); a forged, mismatched or wrong-amount callback is refused and changes nothing; a payment
 * whose callback never comes is settled by the reconciliation job from the provider's query API.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MobileMoneyGatewayIT {

    private static final String SECRET = "mobile-money-test-secret";
    private static WireMockServer provider;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    private final ApiClient api = new ApiClient();

    @BeforeAll
    static void startProviderStub() {
        provider = new WireMockServer(options().bindAddress("127.0.0.1").port(Integer.getInteger("hpms.it.mobilePort")));
        provider.start();
    }

    @AfterAll
    static void stopProviderStub() {
        provider.stop();
    }

    @Test
    void aMobilePaymentIsSettledOnceByItsSignedCallback() throws Exception {
        String invoice = invoiceOfAnEcg();
        Map<String, Object> payment = created(invoice);
        assertEquals("PENDING", payment.get("status"));
        assertEquals("https://pay.example/checkout/MM-" + invoice, payment.get("redirectUrl"), "the patient is sent to the provider's page");
        assertEquals("MM-" + invoice, payment.get("gatewayReference"));
        provider.verify(postRequestedFor(urlEqualTo("/checkout/payment/create")).withHeader("X-App-Key", equalTo("hpms-merchant-stub"))
                .withRequestBody(containing("\"merchantPaymentId\":\"" + payment.get("id") + "\""))
                .withRequestBody(containing("/api/v1/payments/callbacks/mobile-money")));
        assertEquals("ISSUED", status(invoice), "nothing counted before the provider confirms");

        HttpResponse<String> settled = callback(signed("MM-" + invoice, (String) payment.get("id"), "success", "500.00", "TRX-" + invoice));
        assertEquals(200, settled.statusCode(), settled.body());
        assertEquals("SUCCEEDED", api.map(settled).get("status"));
        assertEquals("PAID", status(invoice));
        HttpResponse<String> again = callback(signed("MM-" + invoice, (String) payment.get("id"), "success", "500.00", "TRX-" + invoice));
        assertEquals(200, again.statusCode(), "a repeated callback is answered");
        Map<?, ?> details = (Map<?, ?>) api.map(api.send(api.get("invoices/" + invoice), Staff.BILLING)).get("invoice");
        assertEquals(500.0, ((Number) details.get("paid")).doubleValue(), "and counted once");
        assertEquals("TRX-" + invoice, api.map(api.send(api.get("payments/" + payment.get("id")), Staff.BILLING)).get("gatewayReference"));
    }

    @Test
    void forgedMismatchedOrWrongAmountCallbacksAreRefusedAndChangeNothing() throws Exception {
        String invoice = invoiceOfAnEcg();
        Map<String, Object> payment = created(invoice);
        String id = (String) payment.get("id");
        Map<String, String> forged = signed("MM-" + invoice, id, "success", "500.00", "TRX-" + invoice);
        forged.put("signature", MobileMoneySignature.sign("not-the-secret", "MM-" + invoice, id, "success", "500.00", "TRX-" + invoice));
        assertEquals("The signature does not verify", refusal(callback(forged)));
        assertEquals("The callback does not match the payment", refusal(callback(signed("MM-OTHER", id, "success", "500.00", "TRX-1"))));
        assertEquals("The amount differs from the payment's", refusal(callback(signed("MM-" + invoice, id, "success", "1.00", "TRX-1"))));
        assertEquals("No such payment", refusal(callback(signed("MM-" + invoice, UUID.randomUUID().toString(), "success", "500.00", "TRX-1"))));
        assertEquals("PENDING", api.map(api.send(api.get("payments/" + id), Staff.BILLING)).get("status"), "nothing changed");
        assertEquals("ISSUED", status(invoice));

        HttpResponse<String> cancelled = callback(signed("MM-" + invoice, id, "cancel", "500.00", ""));
        assertEquals("FAILED", api.map(cancelled).get("status"), "the patient gave up on the provider's page");
        assertEquals("ISSUED", status(invoice));
    }

    @Test
    void aPaymentWhoseCallbackNeverCameIsSettledByReconciliation() throws Exception {
        String invoice = invoiceOfAnEcg();
        Map<String, Object> payment = created(invoice);
        provider.stubFor(post(urlEqualTo("/checkout/payment/query")).withRequestBody(containing("MM-" + invoice)).willReturn(json(200,
                "{\"paymentID\": \"MM-" + invoice + "\", \"transactionStatus\": \"Completed\", \"trxID\": \"TRX-Q-" + invoice + "\"}")));
        assertEquals("COMPLETED", api.runJob("payment-reconciliation", "{\"olderThanSeconds\": 0}").get("status"));
        Map<String, Object> settled = api.map(api.send(api.get("payments/" + payment.get("id")), Staff.BILLING));
        assertEquals("SUCCEEDED", settled.get("status"));
        assertEquals("TRX-Q-" + invoice, settled.get("gatewayReference"));
        assertEquals("PAID", status(invoice));
    }

    private Map<String, Object> created(String invoice) throws Exception {
        provider.stubFor(post(urlEqualTo("/checkout/payment/create")).withRequestBody(containing(invoice)).willReturn(json(200,
                "{\"statusCode\": \"0000\", \"paymentID\": \"MM-" + invoice + "\", \"redirectURL\": \"https://pay.example/checkout/MM-" + invoice + "\"}")));
        HttpResponse<String> created = api.send(api.post("payments", """
                {"invoiceNumber": "%s", "gateway": "MOBILE", "amount": 500.00, "currency": "BDT"}""".formatted(invoice))
                .header("Idempotency-Key", UUID.randomUUID().toString()), Staff.BILLING);
        assertEquals(201, created.statusCode(), created.body());
        return api.map(created);
    }

    private static Map<String, String> signed(String providerId, String ourId, String status, String amount, String trx) {
        return new java.util.HashMap<>(Map.of("paymentID", providerId, "merchantPaymentId", ourId, "status", status, "amount", amount,
                "trxID", trx, "signature", MobileMoneySignature.sign(SECRET, providerId, ourId, status, amount, trx)));
    }

    /** As the provider posts it: no staff login. */
    private HttpResponse<String> callback(Map<String, String> fields) throws Exception {
        String body = new org.openqa.selenium.json.Json().toJson(fields);
        return api.http.send(HttpRequest.newBuilder(URI.create(ApiClient.API + "payments/callbacks/mobile-money"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private String refusal(HttpResponse<String> response) {
        assertEquals(400, response.statusCode(), response.body());
        return (String) api.map(response).get("title");
    }

    private String status(String invoice) throws Exception {
        return (String) ((Map<?, ?>) api.map(api.send(api.get("invoices/" + invoice), Staff.BILLING)).get("invoice")).get("status");
    }

    private String invoiceOfAnEcg() throws Exception {
        String mrn = (String) api.map(api.send(api.post("patients", """
                {"givenName": "Mobile", "familyName": "%s", "sex": "MALE", "birthDate": "1990-02-14"}
                """.formatted(PatientFixtures.uniqueWord("Payer"))), Staff.RECEPTIONIST)).get("mrn");
        api.send(api.post("charges", """
                {"mrn": "%s", "serviceCode": "PROC-ECG", "quantity": 1, "reason": "ECG in the cardiac clinic"}""".formatted(mrn)), Staff.BILLING);
        HttpResponse<String> created = api.send(api.post("invoices", "{\"mrn\": \"%s\", \"issue\": true}".formatted(mrn)), Staff.BILLING);
        assertEquals(201, created.statusCode(), created.body());
        return (String) ((Map<?, ?>) api.map(created).get("invoice")).get("number");
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
    }
}
