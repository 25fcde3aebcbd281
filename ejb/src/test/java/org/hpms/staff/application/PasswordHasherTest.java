package org.hpms.staff.application;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {

    @Test
    void bcryptInTheFormElytronReadsSaltedAndVerifiable() {
        String hash = PasswordHasher.hash("Blue-Harbour-42");
        assertTrue(hash.startsWith("$2a$12$"), "modular crypt $2a$, cost 12: " + hash);
        assertNotEquals(hash, PasswordHasher.hash("Blue-Harbour-42"), "salted: same password, different hash");
        assertTrue(PasswordHasher.matches("Blue-Harbour-42", hash));
        assertFalse(PasswordHasher.matches("blue-harbour-42", hash));
    }
}
