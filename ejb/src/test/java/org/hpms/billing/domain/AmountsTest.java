package org.hpms.billing.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AmountsTest {

    private static final Currency BDT = Currency.getInstance("BDT");

    @Test
    void currenciesAreIso4217CodesInAnyCase() {
        assertEquals(Optional.of(BDT), Amounts.currency(" bdt "));
        assertEquals(Optional.of(Currency.getInstance("USD")), Amounts.currency("USD"));
        assertTrue(Amounts.currency("XYZ").isEmpty());
        assertTrue(Amounts.currency("TAKA").isEmpty());
        assertTrue(Amounts.currency(null).isEmpty());
    }

    @Test
    void pricesAreZeroOrMoreWithAtMostTheCurrencysDecimals() {
        assertEquals(Optional.empty(), Amounts.priceProblem(new BigDecimal("0"), BDT));
        assertEquals(Optional.empty(), Amounts.priceProblem(new BigDecimal("1250.50"), BDT));
        assertEquals(Optional.empty(), Amounts.priceProblem(new BigDecimal("1250.500"), BDT), "trailing zeros are not decimals");
        assertEquals(Optional.of("BDT amounts have at most 2 decimals"), Amounts.priceProblem(new BigDecimal("10.555"), BDT));
        assertEquals(Optional.of("A price cannot be negative"), Amounts.priceProblem(new BigDecimal("-1"), BDT));
        assertEquals(Optional.of("Enter a price"), Amounts.priceProblem(null, BDT));
        assertEquals(Optional.of("JPY amounts have no decimals"), Amounts.priceProblem(new BigDecimal("10.5"), Currency.getInstance("JPY")));
    }

    @Test
    void paymentsAreMoreThanZero() {
        assertEquals(Optional.of("The amount must be more than zero"), Amounts.paymentProblem(BigDecimal.ZERO, BDT));
        assertEquals(Optional.of("The amount must be more than zero"), Amounts.paymentProblem(new BigDecimal("-5.00"), BDT));
        assertEquals(Optional.of("BDT amounts have at most 2 decimals"), Amounts.paymentProblem(new BigDecimal("0.001"), BDT));
        assertEquals(Optional.of("The amount is too large"), Amounts.paymentProblem(new BigDecimal("1000000000000"), BDT));
        assertEquals(Optional.empty(), Amounts.paymentProblem(new BigDecimal("0.01"), BDT));
    }
}
