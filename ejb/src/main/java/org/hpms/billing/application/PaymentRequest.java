package org.hpms.billing.application;

import java.math.BigDecimal;
import org.hpms.billing.domain.GatewayKind;

/**
 * A request to take money on an invoice. The idempotency key is chosen by the caller (the cashier
 * screen makes one per payment form, an API client per attempt): repeating the request with the same
 * key returns the first payment instead of taking the money twice.
 */
public record PaymentRequest(String invoiceNumber, GatewayKind gateway, BigDecimal amount, String currency, String idempotencyKey) {
}
