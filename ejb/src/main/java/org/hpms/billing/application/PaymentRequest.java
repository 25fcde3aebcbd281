package org.hpms.billing.application;

import java.math.BigDecimal;
import org.hpms.billing.domain.GatewayKind;

/**
 * A request to take money on an invoice. The idempotency key is chosen by the caller (the cashier
 * screen makes one per payment form, an API client per attempt): repeating the request with the same
 * key returns the first payment instead of taking the money twice. A card payment names the payment
 * method the card reader or Stripe.js produced ({@code pm_...}).
 */
public record PaymentRequest(String invoiceNumber, GatewayKind gateway, BigDecimal amount, String currency, String idempotencyKey,
                             String paymentMethod) {

    /** A payment that needs no payment method (cash). */
    public PaymentRequest(String invoiceNumber, GatewayKind gateway, BigDecimal amount, String currency, String idempotencyKey) {
        this(invoiceNumber, gateway, amount, currency, idempotencyKey, null);
    }
}
