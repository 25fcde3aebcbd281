package org.hpms.shared.crypto;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;

/**
 * AES-256-GCM encryption of PHI values. Layout of a ciphertext:
 * {@code [format version 1 byte][key id 1 byte][IV 12 bytes][ciphertext + 16-byte tag]}.
 * The key id lets old data be read after the active key is rotated; GCM's tag makes any change
 * of the stored bytes fail loudly instead of decrypting to garbage.
 */
public final class PhiCipher {

    private static final byte FORMAT_VERSION = 1;
    private static final int IV_LENGTH = 12;
    private static final int TAG_BITS = 128;
    private static final int HEADER_LENGTH = 2 + IV_LENGTH;

    /** A Cipher per thread, initialised anew for every value: looking one up costs more than the AES work on a short value. */
    private static final ThreadLocal<Cipher> AES_GCM = ThreadLocal.withInitial(() -> {
        try {
            return Cipher.getInstance("AES/GCM/NoPadding");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES/GCM is not available", e);
        }
    });

    private final KeyRing keys;
    private final SecureRandom random = new SecureRandom();

    public PhiCipher(KeyRing keys) {
        this.keys = keys;
    }

    public byte[] encrypt(byte[] plaintext) {
        byte[] iv = new byte[IV_LENGTH];
        random.nextBytes(iv);
        int keyId = keys.activePhiKeyId();
        try {
            Cipher cipher = AES_GCM.get();
            cipher.init(Cipher.ENCRYPT_MODE, keys.phiKey(keyId), new GCMParameterSpec(TAG_BITS, iv));
            byte[] sealed = cipher.doFinal(plaintext);
            return ByteBuffer.allocate(HEADER_LENGTH + sealed.length)
                    .put(FORMAT_VERSION).put((byte) keyId).put(iv).put(sealed)
                    .array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PHI encryption failed", e);
        }
    }

    public byte[] decrypt(byte[] stored) {
        if (stored.length < HEADER_LENGTH + TAG_BITS / 8 || stored[0] != FORMAT_VERSION) {
            throw new TamperedDataException("Encrypted value has an unknown format");
        }
        int keyId = Byte.toUnsignedInt(stored[1]);
        try {
            Cipher cipher = AES_GCM.get();
            cipher.init(Cipher.DECRYPT_MODE, keys.phiKey(keyId), new GCMParameterSpec(TAG_BITS, stored, 2, IV_LENGTH));
            return cipher.doFinal(stored, HEADER_LENGTH, stored.length - HEADER_LENGTH);
        } catch (AEADBadTagException e) {
            throw new TamperedDataException("Encrypted value failed its integrity check (altered or wrong key)");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PHI decryption failed", e);
        }
    }
}
