package org.hpms.billing.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class InvoiceCalculatorTest {

    private static final Currency BDT = Currency.getInstance("BDT");
    private static final Currency JPY = Currency.getInstance("JPY");
    private static final Currency KWD = Currency.getInstance("KWD");

    @Test
    void grossIsPriceTimesQuantityAndTotalsAreSumsOfLines() {
        Calculation c = InvoiceCalculator.calculate(List.of(item(1, ServiceCategory.CONSULTATION, 1, "1000.00", "0"),
                item(2, ServiceCategory.BED_DAY, 3, "1500.00", "0")), BDT, BigDecimal.ZERO, Coverage.NONE);
        assertEquals(List.of(new BigDecimal("1000.00"), new BigDecimal("4500.00")), c.lines().stream().map(CalculatedLine::gross).toList());
        assertEquals(new BigDecimal("5500.00"), c.total());
        assertEquals(new BigDecimal("5500.00"), c.patientShare());
        assertEquals(new BigDecimal("0.00"), c.insurerShare());
    }

    @Test
    void discountComesOffTheGrossAndTaxIsChargedOnWhatRemains() {
        // 400.00 dressing, 20% senior discount = 80.00, 15% VAT on 320.00 = 48.00 -> 368.00
        CalculatedLine line = InvoiceCalculator.calculate(List.of(item(1, ServiceCategory.PROCEDURE, 1, "400.00", "15")), BDT,
                new BigDecimal("20"), Coverage.NONE).lines().get(0);
        assertEquals(new BigDecimal("80.00"), line.discount());
        assertEquals(new BigDecimal("48.00"), line.tax());
        assertEquals(new BigDecimal("368.00"), line.amount());
    }

    @Test
    void eachLineIsRoundedHalfUpToTheMinorUnitAndTheTotalAddsTheRoundedLines() {
        // 3 x 333.33 with 15% VAT: tax 149.9985 -> 150.00 per line; the total is 3 x 1149.99, not 3449.97 + rounding of the sum
        List<PricedItem> items = List.of(item(1, ServiceCategory.PROCEDURE, 3, "333.33", "15"), item(2, ServiceCategory.PROCEDURE, 3, "333.33", "15"));
        Calculation c = InvoiceCalculator.calculate(items, BDT, BigDecimal.ZERO, Coverage.NONE);
        assertEquals(new BigDecimal("150.00"), c.lines().get(0).tax());
        assertEquals(new BigDecimal("1149.99"), c.lines().get(0).amount());
        assertEquals(new BigDecimal("2299.98"), c.total());
        // 0.005 rounds up, away from zero
        assertEquals(new BigDecimal("0.01"), InvoiceCalculator.calculate(List.of(item(3, ServiceCategory.PROCEDURE, 1, "0.05", "10")), BDT,
                BigDecimal.ZERO, Coverage.NONE).lines().get(0).tax());
    }

    @Test
    void roundingFollowsTheCurrencysMinorUnit() {
        assertEquals(new BigDecimal("150"), InvoiceCalculator.calculate(List.of(item(1, ServiceCategory.PROCEDURE, 1, "999", "15")), JPY,
                BigDecimal.ZERO, Coverage.NONE).lines().get(0).tax());
        assertEquals(new BigDecimal("0.150"), InvoiceCalculator.calculate(List.of(item(1, ServiceCategory.PROCEDURE, 1, "0.999", "15")), KWD,
                BigDecimal.ZERO, Coverage.NONE).lines().get(0).tax());
    }

    @Test
    void theInsurerPaysCoveredLinesLessTheCopayAndThePatientTheRest() {
        Coverage coverage = new Coverage(Set.of(ServiceCategory.CONSULTATION, ServiceCategory.LAB), new BigDecimal("20"), null);
        Calculation c = InvoiceCalculator.calculate(List.of(item(1, ServiceCategory.CONSULTATION, 1, "1000.00", "0"),
                item(2, ServiceCategory.PROCEDURE, 1, "500.00", "0"), item(3, ServiceCategory.LAB, 1, "333.33", "0")), BDT, BigDecimal.ZERO, coverage);
        assertEquals(new BigDecimal("800.00"), c.lines().get(0).insurerShare());
        assertEquals(new BigDecimal("200.00"), c.lines().get(0).patientShare());
        assertEquals(new BigDecimal("0.00"), c.lines().get(1).insurerShare(), "procedures are not covered");
        assertEquals(new BigDecimal("266.66"), c.lines().get(2).insurerShare(), "80% of 333.33 = 266.664");
        assertEquals(new BigDecimal("66.67"), c.lines().get(2).patientShare(), "shares add up to the line");
        assertEquals(c.total(), c.patientShare().add(c.insurerShare()));
    }

    @Test
    void pastTheCeilingTheRestFallsToThePatient() {
        Coverage coverage = new Coverage(Set.of(ServiceCategory.BED_DAY), new BigDecimal("10"), new BigDecimal("5000.00"));
        Calculation c = InvoiceCalculator.calculate(List.of(item(1, ServiceCategory.BED_DAY, 3, "1500.00", "0"),
                item(2, ServiceCategory.BED_DAY, 1, "3500.00", "0"), item(3, ServiceCategory.BED_DAY, 1, "1500.00", "0")), BDT, BigDecimal.ZERO, coverage);
        assertEquals(List.of(new BigDecimal("4050.00"), new BigDecimal("950.00"), new BigDecimal("0.00")),
                c.lines().stream().map(CalculatedLine::insurerShare).toList());
        assertEquals(new BigDecimal("5000.00"), c.insurerShare());
        assertEquals(new BigDecimal("4500.00"), c.patientShare());
    }

    @Test
    void theDiscountAppliesBeforeTheInsuranceSplit() {
        Coverage coverage = new Coverage(Set.of(ServiceCategory.CONSULTATION), new BigDecimal("20"), null);
        CalculatedLine line = InvoiceCalculator.calculate(List.of(item(1, ServiceCategory.CONSULTATION, 1, "1000.00", "0")), BDT,
                new BigDecimal("50"), coverage).lines().get(0);
        assertEquals(new BigDecimal("500.00"), line.amount());
        assertEquals(new BigDecimal("400.00"), line.insurerShare());
        assertEquals(new BigDecimal("100.00"), line.patientShare());
    }

    @Test
    void aFullCharityDiscountLeavesNothingToPay() {
        Calculation c = InvoiceCalculator.calculate(List.of(item(1, ServiceCategory.PROCEDURE, 1, "400.00", "15")), BDT,
                new BigDecimal("100"), Coverage.NONE);
        assertEquals(new BigDecimal("0.00"), c.total());
    }

    @Test
    void adjustmentsAreAddedAsTheyAreToThePatientsShare() {
        Coverage coverage = new Coverage(Set.of(ServiceCategory.CONSULTATION), new BigDecimal("20"), null);
        Calculation c = InvoiceCalculator.calculate(List.of(item(1, ServiceCategory.CONSULTATION, 1, "1000.00", "0"),
                item(2, ServiceCategory.ADJUSTMENT, 1, "-150.00", "15")), BDT, new BigDecimal("50"), coverage);
        CalculatedLine adjustment = c.lines().get(1);
        assertEquals(new BigDecimal("0.00"), adjustment.discount());
        assertEquals(new BigDecimal("0.00"), adjustment.tax());
        assertEquals(new BigDecimal("-150.00"), adjustment.patientShare());
        assertEquals(new BigDecimal("-50.00"), c.patientShare(), "100.00 co-pay less the 150.00 adjustment");
        assertEquals(new BigDecimal("400.00"), c.insurerShare());
    }

    private static PricedItem item(long id, ServiceCategory category, int quantity, String price, String tax) {
        return new PricedItem(id, category, quantity, new BigDecimal(price), new BigDecimal(tax));
    }
}
