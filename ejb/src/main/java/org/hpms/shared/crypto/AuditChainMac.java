package org.hpms.shared.crypto;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HMAC-SHA256 that links audit rows into a chain. Keyed, so that someone with write access to the
 * database alone cannot rewrite a row and recompute the chain after it.
 */
public final class AuditChainMac {

    private final SecretKeySpec key;

    public AuditChainMac(KeyRing keys) {
        this.key = new SecretKeySpec(keys.auditChainKey(), "HmacSHA256");
    }

    /** Hex MAC over the previous row's MAC and this row's canonical text. */
    public String link(String previousHash, String canonicalRow) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(previousHash.getBytes(StandardCharsets.US_ASCII));
            mac.update((byte) '\n');
            return HexFormat.of().formatHex(mac.doFinal(canonicalRow.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 unavailable", e);
        }
    }
}
