package org.hpms.clinical.domain;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads lines of the public ICD-10-CM "order file" (icd10cm_order_YYYY.txt), a fixed-width format:
 * <pre>
 * columns  1-5   order number (digits, zero padded)
 * column   7-13  code without the dot, left aligned
 * column   15    1 = valid for submission (billable), 0 = header
 * columns 17-76  short description
 * columns 78-    long description
 * </pre>
 * A line that does not fit is rejected with a reason, never guessed at.
 */
public final class Icd10OrderFileParser {

    private static final Pattern ORDER_NUMBER = Pattern.compile("\\d{5}");
    private static final Pattern CODE = Pattern.compile("[A-Z][0-9][0-9A-Z]{1,5}");

    /** One parsed line. */
    public record Entry(String code, boolean billable, String shortDescription, String longDescription) {
    }

    /** The result of one line: an entry, or the reason it was rejected. */
    public record Line(Entry entry, String rejection) {
        public boolean accepted() {
            return entry != null;
        }
    }

    private Icd10OrderFileParser() {
    }

    public static Line parse(String line) {
        if (line == null || line.isBlank()) {
            return rejected("empty line");
        }
        String text = line.stripTrailing();
        if (text.length() < 78) {
            return rejected("line too short for the order-file layout (" + text.length() + " characters)");
        }
        if (!ORDER_NUMBER.matcher(text.substring(0, 5)).matches()) {
            return rejected("columns 1-5 are not an order number");
        }
        String code = text.substring(6, 13).strip().toUpperCase(Locale.ROOT);
        if (!CODE.matcher(code).matches()) {
            return rejected("'" + code + "' is not an ICD-10 code");
        }
        char flag = text.charAt(14);
        if (flag != '0' && flag != '1') {
            return rejected("column 15 must be 0 or 1 for code " + code);
        }
        String shortDescription = text.substring(16, 76).strip();
        String longDescription = text.substring(77).strip();
        if (shortDescription.isEmpty() || longDescription.isEmpty()) {
            return rejected("code " + code + " has no description");
        }
        if (longDescription.length() > 400) {
            return rejected("code " + code + " has a description longer than 400 characters");
        }
        return new Line(new Entry(code, flag == '1', shortDescription, longDescription), null);
    }

    /** Normalises what a person types as a code: "e11.9 " becomes "E119". */
    public static String normaliseCode(String typed) {
        return typed == null ? "" : typed.strip().replace(".", "").toUpperCase(Locale.ROOT);
    }

    private static Line rejected(String reason) {
        return new Line(null, reason);
    }
}
