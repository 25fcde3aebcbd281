package org.hpms.lab.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.hpms.patient.domain.Sex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InterpretationTest {

    /** Potassium: reference 3.5-5.1, critical below 2.8 and above 6.2. */
    private static final LabReferenceRange POTASSIUM = range(null, 0, null, "3.5", "5.1", "2.8", "6.2");

    @ParameterizedTest(name = "{0} mmol/L is {1}")
    @CsvSource({"2.7, LL, true", "2.8, L, false", "3.4, L, false", "3.5, N, false", "5.1, N, false", "5.2, H, false", "6.2, H, false",
            "6.3, HH, true"})
    void withoutALabFlagTheCatalogueFlagsTheValue(String value, String flag, boolean critical) {
        Interpretation interpretation = Interpretation.of(numeric(value, null, null), Optional.of(POTASSIUM));
        assertEquals(flag, interpretation.flag());
        assertEquals(critical, interpretation.critical());
        assertEquals(Interpretation.FROM_CATALOGUE, interpretation.source());
        assertEquals("3.5-5.1", interpretation.referenceRange(), "the catalogue's range is shown when the lab sent none");
        assertEquals(!flag.equals("N"), interpretation.abnormal());
    }

    @Test
    void theLabsOwnFlagAndRangeAreKept() {
        Interpretation interpretation = Interpretation.of(numeric("5.3", "H", "3.6-5.0"), Optional.of(POTASSIUM));
        assertEquals("H", interpretation.flag());
        assertEquals(Interpretation.FROM_LAB, interpretation.source());
        assertEquals("3.6-5.0", interpretation.referenceRange());
        assertFalse(interpretation.critical());
    }

    @Test
    void aValuePastTheCriticalLimitIsCriticalWhateverTheLabSays() {
        Interpretation interpretation = Interpretation.of(numeric("6.9", "H", null), Optional.of(POTASSIUM));
        assertEquals("HH", interpretation.flag(), "the more severe flag wins");
        assertTrue(interpretation.critical());
        assertEquals(Interpretation.FROM_CATALOGUE, interpretation.source());
    }

    @Test
    void theLabsCriticalFlagIsCriticalEvenWithoutACatalogueEntry() {
        Interpretation interpretation = Interpretation.of(numeric("900", "hh", null), Optional.empty());
        assertEquals("HH", interpretation.flag());
        assertTrue(interpretation.critical());
    }

    @Test
    void textWithoutAFlagOrARangeIsLeftUninterpreted() {
        LabObservation text = new LabObservation(1, "ST", new CodedValue("600-7", "Bacteria identified", "LN"), "E. coli", null, null,
                null, null, "F", null, List.of());
        Interpretation interpretation = Interpretation.of(text, Optional.of(POTASSIUM));
        assertEquals(null, interpretation.flag());
        assertFalse(interpretation.abnormal());
        assertFalse(interpretation.critical());
    }

    @Test
    void theRangeForThePatientsSexAndAgeBandWinsOverTheOneForEither() {
        LabReferenceRange men = range(Sex.MALE, 6570, null, "13.5", "17.5", "7", "20");
        LabReferenceRange women = range(Sex.FEMALE, 6570, null, "12.0", "15.5", "7", "20");
        LabReferenceRange children = range(null, 0, 6570, "11.0", "16.0", "7", "20");
        List<LabReferenceRange> haemoglobin = List.of(children, women, men);
        LocalDate today = LocalDate.of(2026, 11, 26);
        assertEquals(Optional.of(women), LabReferenceRange.mostSpecific(haemoglobin, Sex.FEMALE, LocalDate.of(1985, 4, 12), today));
        assertEquals(Optional.of(men), LabReferenceRange.mostSpecific(haemoglobin, Sex.MALE, LocalDate.of(1985, 4, 12), today));
        assertEquals(Optional.of(children), LabReferenceRange.mostSpecific(haemoglobin, Sex.MALE, LocalDate.of(2016, 1, 1), today));
        assertEquals(Optional.empty(), LabReferenceRange.mostSpecific(haemoglobin, Sex.OTHER, LocalDate.of(1985, 4, 12), today),
                "no adult range for this sex: no computed flag rather than a wrong one");
        assertEquals("12-15.5", women.text());
        assertEquals("<=0.04", range(null, 0, null, null, "0.04", null, null).text());
    }

    @Test
    void catalogueLimitsApplyOnlyToValuesInTheCatalogueUnits() {
        LabTestLimits glucose = new LabTestLimits("mg/dL", List.of(range(null, 0, null, "70", "99", "40", "450")));
        LocalDate born = LocalDate.of(1985, 4, 12);
        LocalDate today = LocalDate.of(2026, 11, 26);
        assertTrue(glucose.rangeFor("mg/dL", Sex.FEMALE, born, today).isPresent());
        assertTrue(glucose.rangeFor(" MG/DL", Sex.FEMALE, born, today).isPresent(), "case and blank space aside");
        assertEquals(Optional.empty(), glucose.rangeFor("mmol/L", Sex.FEMALE, born, today),
                "5.4 mmol/L is a normal glucose; against mg/dL limits it would read as critically low");
        assertEquals(Optional.empty(), glucose.rangeFor(null, Sex.FEMALE, born, today), "no units, no comparison");
    }

    private static LabObservation numeric(String value, String flag, String range) {
        return new LabObservation(1, "NM", new CodedValue("2823-3", "Potassium", "LN"), value, new BigDecimal(value), "mmol/L", range, flag,
                "F", null, List.of());
    }

    private static LabReferenceRange range(Sex sex, int fromDays, Integer toDays, String low, String high, String criticalLow,
                                           String criticalHigh) {
        return new LabReferenceRange(sex, fromDays, toDays, decimal(low), decimal(high), decimal(criticalLow), decimal(criticalHigh));
    }

    private static BigDecimal decimal(String text) {
        return text == null ? null : new BigDecimal(text);
    }
}
