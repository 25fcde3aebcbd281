package org.hpms.billing.domain;

/**
 * Invoice, credit-note and receipt numbers: a prefix, the year and a serial counted per prefix and
 * year without gaps (INV-2026-000042). The serial comes from an id_sequence row named by
 * {@link #sequence}, taken in the transaction that issues the document, so a rolled-back issue gives
 * its number back.
 */
public final class DocumentNumbers {

    public static final String INVOICE = "INV";
    public static final String CREDIT_NOTE = "CN";
    public static final String RECEIPT = "RCT";

    private DocumentNumbers() {
    }

    public static String sequence(String prefix, int year) {
        return prefix + "-" + year;
    }

    public static String format(String prefix, int year, long serial) {
        if (serial < 1) {
            throw new IllegalArgumentException("Serials start at 1");
        }
        return String.format("%s-%d-%06d", prefix, year, serial);
    }
}
