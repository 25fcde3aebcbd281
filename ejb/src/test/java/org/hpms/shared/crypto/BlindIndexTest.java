package org.hpms.shared.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class BlindIndexTest {

    @Test
    void deterministicPerKeyAndSeparatedByPurpose() {
        KeyRing keys = TestKeys.random();
        BlindIndex index = new BlindIndex(keys);
        assertEquals(index.of("patient.phone", "1711234567"), new BlindIndex(keys).of("patient.phone", "1711234567"));
        assertNotEquals(index.of("patient.phone", "1711234567"), index.of("patient.national-id", "1711234567"));
        assertNotEquals(index.of("patient.phone", "1711234567"), new BlindIndex(TestKeys.random()).of("patient.phone", "1711234567"),
                "another installation's key gives other index values");
    }
}
