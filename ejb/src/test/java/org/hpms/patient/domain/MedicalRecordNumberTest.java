package org.hpms.patient.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MedicalRecordNumberTest {

    @Test
    void appendsTheLuhnCheckDigit() {
        // Luhn of 10000001: digits doubled from the right give 2+0+0+0+0+0+0+1 = 3 -> check digit 7
        assertEquals("100000017", MedicalRecordNumber.fromSerial(10_000_001L).value());
        assertEquals(0, MedicalRecordNumber.luhnCheckDigit("0"));
        assertEquals(3, MedicalRecordNumber.luhnCheckDigit("7992739871"), "the textbook Luhn example");
    }

    @Test
    void everySingleDigitTypoAndAdjacentSwapIsCaught() {
        String mrn = MedicalRecordNumber.fromSerial(12_345_678L).value();
        for (int position = 0; position < mrn.length(); position++) {
            for (char digit = '0'; digit <= '9'; digit++) {
                if (digit != mrn.charAt(position)) {
                    String typo = mrn.substring(0, position) + digit + mrn.substring(position + 1);
                    assertFalse(MedicalRecordNumber.isValid(typo), typo);
                }
            }
        }
        for (int position = 0; position + 1 < mrn.length(); position++) {
            char a = mrn.charAt(position);
            char b = mrn.charAt(position + 1);
            boolean luhnBlindSpot = (a == '0' && b == '9') || (a == '9' && b == '0');
            if (a != b && !luhnBlindSpot) {
                String swapped = mrn.substring(0, position) + b + a + mrn.substring(position + 2);
                assertFalse(MedicalRecordNumber.isValid(swapped), swapped);
            }
        }
    }

    @Test
    void parsesWhatPeopleTypeAndRefusesTheRest() {
        assertEquals("100000017", MedicalRecordNumber.parse(" 1000-0001 7 ").value());
        assertTrue(MedicalRecordNumber.isValid("100000017"));
        assertFalse(MedicalRecordNumber.isValid("10000001"));
        assertFalse(MedicalRecordNumber.isValid("abcdefghi"));
        assertFalse(MedicalRecordNumber.isValid(null));
        assertThrows(IllegalArgumentException.class, () -> MedicalRecordNumber.fromSerial(9_999_999L));
        assertThrows(IllegalArgumentException.class, () -> MedicalRecordNumber.fromSerial(100_000_000L));
    }
}
