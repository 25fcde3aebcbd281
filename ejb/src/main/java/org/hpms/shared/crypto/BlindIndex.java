package org.hpms.shared.crypto;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Keyed HMAC-SHA256 of a normalised value, truncated to 64 bits, so that encrypted columns can be
 * searched by equality without decrypting the table. The purpose is mixed into the MAC so that equal
 * values in different fields (a phone number and a national id, say) never share an index value.
 * 64 bits keep the indexes small and fast; at a million patients an accidental collision is
 * around one in ten million.
 */
public final class BlindIndex {

    private final SecretKeySpec key;

    public BlindIndex(KeyRing keys) {
        this.key = new SecretKeySpec(keys.blindIndexKey(), "HmacSHA256");
    }

    public long of(String purpose, String normalisedValue) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(purpose.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            byte[] digest = mac.doFinal(normalisedValue.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.wrap(digest, 0, Long.BYTES).getLong();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 unavailable", e);
        }
    }
}
