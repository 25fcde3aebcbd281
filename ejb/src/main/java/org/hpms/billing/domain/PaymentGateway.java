package org.hpms.billing.domain;

import java.math.BigDecimal;

/**
 * A channel money comes in through (cash desk, card processor, mobile-money provider, insurer). The
 * payment service records the request first (pending, under its idempotency key) and then asks the
 * gateway; the gateway answers with what it knows now: succeeded, failed, or still pending (a redirect
 * to follow, a callback to wait for, or no answer at all: a timeout). Pending payments are asked about
 * again by the reconciliation job ({@link #check}).
 */
public interface PaymentGateway {

    GatewayKind kind();

    /** False when the hospital has not set this channel up (its settings are missing): payments through it are refused. */
    default boolean isConfigured() {
        return true;
    }

    GatewayOutcome collect(GatewayRequest request);

    /** Gives (part of) a payment back through this gateway; {@code originalReference} is the gateway's id of that payment. */
    GatewayOutcome refund(GatewayRequest request, String originalReference);

    /**
     * What became of a pending payment (or refund): asked with the same request and idempotency key, and
     * the gateway's reference when one is known. Gateways that never leave a payment pending keep it pending.
     */
    default GatewayOutcome check(GatewayRequest request, String reference, boolean refund) {
        return GatewayOutcome.pending(reference, "this gateway is not asked again");
    }

    /** What the payment service hands a gateway: our payment id and idempotency key travel to the provider. */
    record GatewayRequest(String paymentId, String idempotencyKey, BigDecimal amount, String currency, String invoiceNumber,
                          String cashierSessionId, String paymentMethod, InsuranceClaim claim) {

        public GatewayRequest(String paymentId, String idempotencyKey, BigDecimal amount, String currency, String invoiceNumber,
                              String cashierSessionId, String paymentMethod) {
            this(paymentId, idempotencyKey, amount, currency, invoiceNumber, cashierSessionId, paymentMethod, null);
        }
    }

    /**
     * @param redirectUrl   where to send the payer next (redirect gateways), else null
     * @param detail        why it failed, or why it is still pending
     * @param settledAmount what a succeeded request moved when less than was asked (an insurer's partial approval), else null
     */
    record GatewayOutcome(PaymentStatus status, String reference, String redirectUrl, String detail, BigDecimal settledAmount) {

        public GatewayOutcome(PaymentStatus status, String reference, String redirectUrl, String detail) {
            this(status, reference, redirectUrl, detail, null);
        }

        public static GatewayOutcome succeeded(String reference) {
            return new GatewayOutcome(PaymentStatus.SUCCEEDED, reference, null, null);
        }

        /** Settled for less than was asked, for this reason (the rest stays owed). */
        public static GatewayOutcome succeededInPart(String reference, BigDecimal settledAmount, String why) {
            return new GatewayOutcome(PaymentStatus.SUCCEEDED, reference, null, why, settledAmount);
        }

        public static GatewayOutcome failed(String reason) {
            return new GatewayOutcome(PaymentStatus.FAILED, null, null, reason);
        }

        public static GatewayOutcome pending(String reference, String why) {
            return new GatewayOutcome(PaymentStatus.PENDING, reference, null, why);
        }
    }
}
