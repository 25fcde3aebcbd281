package org.hpms.it.support;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import org.hpms.patient.domain.Demographics;
import org.hpms.patient.domain.Sex;

/**
 * Builds registration data. Names and ids get random letters so that tests never see each other's
 * patients (the test database lives for the whole run).
 */
public final class PatientFixtures {

    private PatientFixtures() {
    }

    public static Demographics demographics(String givenName, String familyName) {
        Demographics demographics = new Demographics();
        demographics.setGivenName(givenName);
        demographics.setFamilyName(familyName);
        demographics.setSex(Sex.FEMALE);
        demographics.setBirthDate(LocalDate.of(1985, 4, 12));
        demographics.setPhone("01819-" + uniqueDigits(6));
        demographics.setAddress("House 7, Road 3, Dhanmondi, Dhaka");
        demographics.setEmergencyContactName("Karim Uddin");
        demographics.setEmergencyContactPhone("01711-000000");
        return demographics;
    }

    /** A word starting with {@code stem} and ending in random letters, e.g. "Núñezqhwz". */
    public static String uniqueWord(String stem) {
        StringBuilder word = new StringBuilder(stem);
        for (int i = 0; i < 8; i++) {
            word.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return word.toString();
    }

    public static String uniqueDigits(int count) {
        StringBuilder digits = new StringBuilder();
        for (int i = 0; i < count; i++) {
            digits.append(ThreadLocalRandom.current().nextInt(10));
        }
        return digits.toString();
    }

    public static String uniqueNationalId() {
        return "NID" + uniqueDigits(12);
    }

    /** Lower case without diacritics, as a person without the accents on their keyboard would type. */
    public static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }
}
