package org.hpms.shared.persistence;

/** Text cut to fit a column: for descriptive text from outside (codes, names, reasons), never for values that identify. */
public final class Columns {

    private Columns() {
    }

    /** The text, or its first {@code length} characters; null stays null. */
    public static String clip(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length);
    }
}
