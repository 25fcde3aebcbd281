package org.hpms.shared.crypto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class PhiCipherTest {

    private final KeyRing keys = TestKeys.random();
    private final PhiCipher cipher = new PhiCipher(keys);

    @Test
    void roundTripsTextIncludingNonAscii() {
        byte[] plain = "Núñez, José — ঢাকা".getBytes(StandardCharsets.UTF_8);
        assertArrayEquals(plain, cipher.decrypt(cipher.encrypt(plain)));
    }

    @Test
    void sameValueEncryptsDifferentlyEachTimeAndHidesThePlaintext() {
        byte[] plain = "Ayesha Siddiqua".getBytes(StandardCharsets.UTF_8);
        byte[] first = cipher.encrypt(plain);
        byte[] second = cipher.encrypt(plain);
        assertFalse(java.util.Arrays.equals(first, second), "random IV per value");
        assertFalse(new String(first, StandardCharsets.ISO_8859_1).contains("Ayesha"));
        assertEquals(1 + 1 + 12 + plain.length + 16, first.length, "version, key id, IV, ciphertext, tag");
    }

    @Test
    void anyFlippedBitIsDetected() {
        byte[] sealed = cipher.encrypt("01711-234567".getBytes(StandardCharsets.UTF_8));
        for (int i = 2; i < sealed.length; i++) {
            byte[] tampered = sealed.clone();
            tampered[i] ^= 0x01;
            assertThrows(TamperedDataException.class, () -> cipher.decrypt(tampered), "byte " + i);
        }
    }

    @Test
    void anotherKeyCannotDecrypt() {
        byte[] sealed = cipher.encrypt("secret".getBytes(StandardCharsets.UTF_8));
        assertThrows(TamperedDataException.class, () -> new PhiCipher(TestKeys.random()).decrypt(sealed));
    }

    @Test
    void truncatedOrForeignBytesAreRefused() {
        assertThrows(TamperedDataException.class, () -> cipher.decrypt(new byte[] {1, 1, 2}));
        byte[] sealed = cipher.encrypt("x".getBytes(StandardCharsets.UTF_8));
        sealed[0] = 9;
        assertThrows(TamperedDataException.class, () -> cipher.decrypt(sealed));
    }

    @Test
    void dataWrittenBeforeAKeyRotationStaysReadable() throws Exception {
        byte[] plain = "before rotation".getBytes(StandardCharsets.UTF_8);
        Properties original = new Properties();
        original.load(new StringReader(KeyFileGenerator.render(new java.security.SecureRandom())));
        byte[] oldCiphertext = new PhiCipher(KeyRing.fromProperties(original)).encrypt(plain);

        Properties rotated = (Properties) original.clone();
        rotated.setProperty("phi.key.2", TestKeyMaterial.randomBase64Key());
        rotated.setProperty("phi.key.active", "2");
        PhiCipher afterRotation = new PhiCipher(KeyRing.fromProperties(rotated));

        assertArrayEquals(plain, afterRotation.decrypt(oldCiphertext));
        byte[] newCiphertext = afterRotation.encrypt(plain);
        assertEquals(2, newCiphertext[1], "new data uses the active key");
        assertNotEquals(oldCiphertext[1], newCiphertext[1]);
    }

    static final class TestKeyMaterial {
        static String randomBase64Key() {
            byte[] key = new byte[32];
            new java.security.SecureRandom().nextBytes(key);
            return java.util.Base64.getEncoder().encodeToString(key);
        }
    }
}
