package org.hpms.billing.application;

/**
 * What the mobile-money provider posts when a patient has paid or given up: its payment id, ours, the
 * outcome ({@code success}, {@code failure}, {@code cancel}), the amount, its transaction id, and the
 * HMAC-SHA256 signature over them.
 */
public record MobileMoneyCallback(String paymentID, String merchantPaymentId, String status, String amount, String trxID, String signature) {
}
