package org.hpms.patient.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.hpms.shared.crypto.BlindIndex;
import org.hpms.shared.crypto.TestKeys;
import org.junit.jupiter.api.Test;

class PatientSearchKeysTest {

    private final PatientSearchKeys keys = new PatientSearchKeys(new BlindIndex(TestKeys.random()));

    @Test
    void everyNameQueryKeyIsAmongTheStoredKeysOfTheMatchingPatient() {
        var stored = keys.namePrefixes("José María", "Núñez");
        assertTrue(stored.containsAll(keys.nameQuery("NUÑ jo")));
        assertTrue(stored.containsAll(keys.nameQuery("maria nunez")));
        assertTrue(!stored.containsAll(keys.nameQuery("nunes jo")), "a different spelling is not a prefix");
        assertEquals(keys.nameQuery("nunez"), keys.nameQuery("nunez j"), "initials are left out of a query");
    }

    @Test
    void similarNameKeysMeetAcrossSpellingVariantsAndAreFoundInTheStoredKeys() {
        assertEquals(keys.similarNameKeys("Mohammad", "Karim"), keys.similarNameKeys("Mohamad", "Karimuddin"));
        assertNotEquals(keys.similarNameKeys("Mohammad", "Karim"), keys.similarNameKeys("Mohammad", "Kabir"));
        assertTrue(keys.namePrefixes("Mohammad", "Karim").containsAll(keys.similarNameKeys("Mohamad", "Karim")));
        assertEquals(1, keys.similarNameKeys("Ka", "Ka").size(), "equal prefixes collapse into one key");
        assertTrue(keys.similarNameKeys("", "Karim").isEmpty());
    }

    @Test
    void phoneAndNationalIdKeysIgnoreNotationAndAreNullWhenAbsent() {
        assertEquals(keys.phone("+880 1711-234567"), keys.phone("01711234567"));
        assertNull(keys.phone("n/a"));
        assertEquals(keys.nationalId("x-1234 567 l"), keys.nationalId("X1234567L"));
        assertNull(keys.nationalId("  "));
        assertNotEquals(keys.birthDate(LocalDate.of(1980, 1, 2)), keys.birthDate(LocalDate.of(1980, 2, 1)));
    }
}
