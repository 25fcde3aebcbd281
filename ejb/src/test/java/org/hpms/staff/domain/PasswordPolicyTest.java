package org.hpms.staff.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    @Test
    void explainsEachRefusal() {
        assertEquals(Optional.of("Password must have at least 10 characters"), PasswordPolicy.problemWith("anna", "short"));
        assertEquals(Optional.of("Password must not contain the user name"), PasswordPolicy.problemWith("anna", "xxANNAxx-2026"));
        assertEquals(Optional.of("Password is too repetitive"), PasswordPolicy.problemWith("anna", "aaaabbbbaaaa"));
        assertEquals(Optional.of("Password must be at most 72 bytes"), PasswordPolicy.problemWith("anna", "Ab1-".repeat(19)));
        assertTrue(PasswordPolicy.problemWith("anna", "Blue-Harbour-42").isEmpty());
    }
}
