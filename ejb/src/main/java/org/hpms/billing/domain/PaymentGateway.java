package org.hpms.billing.domain;

/**
 * A channel money comes in through (cash desk, card processor, mobile-money provider, insurer). The
 * payment service records the request first (pending, under its idempotency key) and then asks the
 * gateway; the gateway answers with what it knows now: succeeded, failed, or still pending (a redirect
 * to follow, a callback or a reconciliation to wait for).
 */
public interface PaymentGateway {

    GatewayKind kind();

    GatewayOutcome collect(GatewayRequest request);

    /** Gives (part of) a payment back through this gateway; {@code originalReference} is the gateway's id of that payment. */
    GatewayOutcome refund(GatewayRequest request, String originalReference);

    /** What the payment service hands a gateway: our payment id and idempotency key travel to the provider. */
    record GatewayRequest(String paymentId, String idempotencyKey, java.math.BigDecimal amount, String currency, String invoiceNumber,
                          String cashierSessionId) {
    }

    /** @param redirectUrl where to send the payer next (redirect gateways), else null */
    record GatewayOutcome(PaymentStatus status, String reference, String redirectUrl, String failureReason) {

        public static GatewayOutcome succeeded(String reference) {
            return new GatewayOutcome(PaymentStatus.SUCCEEDED, reference, null, null);
        }

        public static GatewayOutcome failed(String reason) {
            return new GatewayOutcome(PaymentStatus.FAILED, null, null, reason);
        }
    }
}
