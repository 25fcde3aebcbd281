package org.hpms.billing.application;

import java.math.BigDecimal;
import java.time.Instant;
import org.hpms.billing.domain.GatewayKind;
import org.hpms.billing.domain.Payment;
import org.hpms.billing.domain.PaymentKind;
import org.hpms.billing.domain.PaymentStatus;

/** A payment, refund or insurance claim; {@code requestedAmount} is set only when a claim was approved for less than it asked. */
public record PaymentView(String id, String invoiceNumber, PaymentKind kind, GatewayKind gateway, BigDecimal amount, String currency,
                          PaymentStatus status, String receiptNumber, String gatewayReference, String failureReason, Instant requestedAt,
                          String requestedBy, Instant settledAt, String redirectUrl, BigDecimal requestedAmount) {

    /** The same payment with where to send the payer next (a redirect gateway's page). */
    PaymentView withRedirect(String url) {
        return new PaymentView(id, invoiceNumber, kind, gateway, amount, currency, status, receiptNumber, gatewayReference, failureReason,
                requestedAt, requestedBy, settledAt, url, requestedAmount);
    }

    static PaymentView of(Payment p) {
        return new PaymentView(p.getPublicId(), p.getInvoice().getNumber(), p.getKind(), p.getGateway(), p.getAmount(), p.getCurrency(),
                p.getStatus(), p.getReceiptNumber(), p.getGatewayReference(), p.getFailureReason(), p.getRequestedAt(), p.getRequestedBy(),
                p.getSettledAt(), null, p.getRequestedAmount());
    }
}
