package org.hpms.billing.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.hpms.billing.domain.GatewayKind;
import org.hpms.billing.domain.PaymentGateway;
import org.hpms.shared.config.HpmsConfiguration;

/**
 * Mobile money in the style of bKash's and SSLCommerz's hosted checkout: the payment is created at the
 * provider (our payment id as the merchant's reference, our idempotency key as a header), the patient is
 * sent to the provider's page (the redirect URL), and the provider posts a signed callback to
 * {@code /api/v1/payments/callbacks/mobile-money} once the patient paid or gave up. Until then the payment
 * is pending; the reconciliation job asks the provider's query API about the ones whose callback never came.
 * Refunds go through the provider's refund API with the provider's transaction id.
 */
@ApplicationScoped
public class MobileMoneyGateway implements PaymentGateway {

    private static final String PROVIDER = "mobile-money provider";

    private final HttpClient http = GatewayHttp.client();

    @Override
    public GatewayKind kind() {
        return GatewayKind.MOBILE;
    }

    @Override
    public boolean isConfigured() {
        return HpmsConfiguration.mobileMoneyApiBase().isPresent();
    }

    @Override
    public GatewayOutcome collect(GatewayRequest request) {
        JsonObject body = Json.createObjectBuilder()
                .add("amount", request.amount().toPlainString())
                .add("currency", request.currency())
                .add("merchantInvoiceNumber", request.invoiceNumber())
                .add("merchantPaymentId", request.paymentId())
                .add("callbackURL", HpmsConfiguration.publicApiUrl() + "payments/callbacks/mobile-money")
                .build();
        try {
            JsonObject created = post("checkout/payment/create", body, request.idempotencyKey());
            if (!"0000".equals(created.getString("statusCode", ""))) {
                return GatewayOutcome.failed("The mobile-money provider refused the payment: " + created.getString("statusMessage", "no reason given"));
            }
            return new GatewayOutcome(org.hpms.billing.domain.PaymentStatus.PENDING, created.getString("paymentID"),
                    created.getString("redirectURL"), "Waiting for the patient to pay on the provider's page");
        } catch (ProviderRefused e) {
            return GatewayOutcome.failed("The mobile-money provider refused the payment: " + e.getMessage());
        } catch (IOException e) {
            return GatewayHttp.unanswered(e, PROVIDER, null, "payment");
        }
    }

    @Override
    public GatewayOutcome check(GatewayRequest request, String reference, boolean refund) {
        if (reference == null) {
            return collect(request); // the create call's answer never came: the same key makes the provider answer it again
        }
        try {
            JsonObject status = post("checkout/payment/query", Json.createObjectBuilder().add("paymentID", reference).build(), null);
            return switch (status.getString("transactionStatus", "")) {
                case "Completed" -> GatewayOutcome.succeeded(status.getString("trxID", reference));
                case "Failed", "Cancelled", "Expired" -> GatewayOutcome.failed("Mobile money: " + status.getString("transactionStatus"));
                default -> GatewayOutcome.pending(reference, "Mobile money: " + status.getString("transactionStatus", "unknown"));
            };
        } catch (ProviderRefused e) {
            return GatewayOutcome.pending(reference, "The provider did not answer the query: " + e.getMessage());
        } catch (IOException e) {
            return GatewayHttp.unanswered(e, PROVIDER, null, "payment");
        }
    }

    @Override
    public GatewayOutcome refund(GatewayRequest request, String originalReference) {
        try {
            JsonObject refund = post("checkout/payment/refund", Json.createObjectBuilder().add("trxID", originalReference)
                    .add("amount", request.amount().toPlainString()).add("merchantRefundId", request.paymentId()).build(), request.idempotencyKey());
            return "Completed".equals(refund.getString("transactionStatus", "")) ? GatewayOutcome.succeeded(refund.getString("refundTrxID"))
                    : GatewayOutcome.pending(refund.getString("refundTrxID", null), "Mobile money refund: " + refund.getString("transactionStatus", ""));
        } catch (ProviderRefused e) {
            return GatewayOutcome.failed("The mobile-money provider refused the refund: " + e.getMessage());
        } catch (IOException e) {
            return GatewayHttp.unanswered(e, PROVIDER, null, "payment");
        }
    }

    private JsonObject post(String path, JsonObject body, String idempotencyKey) throws IOException {
        HttpRequest.Builder request = GatewayHttp.request(HpmsConfiguration.mobileMoneyApiBase().orElseThrow(), path)
                .header("Content-Type", "application/json").header("X-App-Key", HpmsConfiguration.mobileMoneyAppKey())
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()));
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", "hpms-" + idempotencyKey);
        }
        HttpResponse<String> response = GatewayHttp.exchange(http, request.build(), PROVIDER);
        JsonObject json;
        try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
            json = reader.readObject();
        } catch (RuntimeException e) {
            throw new IOException("unreadable answer from the provider (" + response.statusCode() + ")", e);
        }
        if (response.statusCode() >= 400) {
            throw new ProviderRefused(json.getString("statusMessage", "HTTP " + response.statusCode()));
        }
        return json;
    }

    /** The provider answered 4xx: it refused the request. */
    private static final class ProviderRefused extends IOException {
        ProviderRefused(String message) {
            super(message);
        }
    }
}
