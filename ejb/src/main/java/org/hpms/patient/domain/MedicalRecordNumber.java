package org.hpms.patient.domain;

import java.util.regex.Pattern;

/**
 * A patient's medical record number: an eight-digit serial followed by a Luhn check digit, so that a
 * mistyped or transposed digit is caught before it finds the wrong patient.
 */
public record MedicalRecordNumber(String value) {

    private static final Pattern FORMAT = Pattern.compile("\\d{9}");
    public static final long FIRST_SERIAL = 10_000_000L;
    public static final long LAST_SERIAL = 99_999_999L;

    public MedicalRecordNumber {
        if (value == null || !FORMAT.matcher(value).matches() || !hasValidCheckDigit(value)) {
            throw new IllegalArgumentException("Not a valid medical record number");
        }
    }

    /** Parses what a person typed; spaces and dashes are ignored. */
    public static MedicalRecordNumber parse(String text) {
        return new MedicalRecordNumber(text == null ? "" : text.replaceAll("[\\s-]", ""));
    }

    public static boolean isValid(String text) {
        try {
            parse(text);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    public static MedicalRecordNumber fromSerial(long serial) {
        if (serial < FIRST_SERIAL || serial > LAST_SERIAL) {
            throw new IllegalArgumentException("MRN serial out of range: " + serial);
        }
        String digits = Long.toString(serial);
        return new MedicalRecordNumber(digits + luhnCheckDigit(digits));
    }

    static int luhnCheckDigit(String digits) {
        int sum = 0;
        boolean doubleIt = true; // rightmost payload digit is doubled when the check digit is appended
        for (int i = digits.length() - 1; i >= 0; i--) {
            int digit = digits.charAt(i) - '0';
            if (doubleIt) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
            doubleIt = !doubleIt;
        }
        return (10 - sum % 10) % 10;
    }

    private static boolean hasValidCheckDigit(String value) {
        String payload = value.substring(0, value.length() - 1);
        return luhnCheckDigit(payload) == value.charAt(value.length() - 1) - '0';
    }

    @Override
    public String toString() {
        return value;
    }
}
