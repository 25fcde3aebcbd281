package org.hpms.billing.domain;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signature a mobile-money provider puts on its payment callbacks: HMAC-SHA256 with the merchant's
 * secret over the fields that matter, joined by '|' in a fixed order, in lower-case hex. Compared in
 * constant time.
 */
public final class MobileMoneySignature {

    private MobileMoneySignature() {
    }

    public static String sign(String secret, String providerPaymentId, String merchantPaymentId, String status, String amount,
                              String transactionId) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            String payload = String.join("|", nonNull(providerPaymentId), nonNull(merchantPaymentId), nonNull(status), nonNull(amount),
                    nonNull(transactionId));
            return HexFormat.of().formatHex(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 unavailable", e);
        }
    }

    public static boolean verifies(String secret, String signature, String providerPaymentId, String merchantPaymentId, String status,
                                   String amount, String transactionId) {
        if (secret == null || secret.isEmpty() || signature == null) {
            return false;
        }
        byte[] expected = sign(secret, providerPaymentId, merchantPaymentId, status, amount, transactionId).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, signature.strip().toLowerCase(java.util.Locale.ROOT).getBytes(StandardCharsets.US_ASCII));
    }

    private static String nonNull(String value) {
        return value == null ? "" : value;
    }
}
