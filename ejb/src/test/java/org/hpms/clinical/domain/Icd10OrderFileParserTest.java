package org.hpms.clinical.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class Icd10OrderFileParserTest {

    /** Builds a line in the order-file layout, as CMS publishes it. */
    static String line(String order, String code, char flag, String shortDescription, String longDescription) {
        return String.format("%-5s %-7s %c %-60s %s", order, code, flag, shortDescription, longDescription);
    }

    @Test
    void readsBillableCodesAndHeaders() {
        Icd10OrderFileParser.Line billable = Icd10OrderFileParser.parse(line("00026", "A0100", '1', "Typhoid fever, unspecified",
                "Typhoid fever, unspecified"));
        assertTrue(billable.accepted());
        assertEquals(new Icd10OrderFileParser.Entry("A0100", true, "Typhoid fever, unspecified", "Typhoid fever, unspecified"),
                billable.entry());
        Icd10OrderFileParser.Entry header = Icd10OrderFileParser.parse(line("00001", "A00", '0', "Cholera", "Cholera")).entry();
        assertFalse(header.billable());
        assertEquals("A00", header.code());
    }

    @Test
    void keepsLongDescriptionsWhole() {
        String longText = "Atherosclerotic heart disease of native coronary artery without angina pectoris";
        assertEquals(longText, Icd10OrderFileParser.parse(line("07654", "I2510", '1',
                "Athscl heart disease of native coronary artery w/o ang pctrs", longText)).entry().longDescription());
    }

    @Test
    void rejectsWhatDoesNotFitWithAReason() {
        assertEquals("empty line", Icd10OrderFileParser.parse("   ").rejection());
        assertTrue(Icd10OrderFileParser.parse("00001 A00     0 Cholera").rejection().startsWith("line too short"));
        assertEquals("columns 1-5 are not an order number",
                Icd10OrderFileParser.parse(line("ABCDE", "A00", '0', "Cholera", "Cholera")).rejection());
        assertEquals("'1AB' is not an ICD-10 code", Icd10OrderFileParser.parse(line("00001", "1AB", '0', "X", "X")).rejection());
        assertEquals("column 15 must be 0 or 1 for code A00",
                Icd10OrderFileParser.parse(line("00001", "A00", 'Y', "Cholera", "Cholera")).rejection());
        assertEquals("code A00 has no description", Icd10OrderFileParser.parse(line("00001", "A00", '0', "", "Cholera"))
                .rejection());
    }

    @Test
    void codesAreTypedWithOrWithoutTheDot() {
        assertEquals("E119", Icd10OrderFileParser.normaliseCode(" e11.9 "));
        assertEquals("E11.9", Icd10Code.displayCode("E119"));
        assertEquals("I10", Icd10Code.displayCode("I10"));
    }
}
