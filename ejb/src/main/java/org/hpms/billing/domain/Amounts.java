package org.hpms.billing.domain;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Optional;

/** The rules every amount typed in or sent to billing obeys; each answer is a reason a person can act on. */
public final class Amounts {

    private Amounts() {
    }

    /** The currency with this ISO 4217 code, if there is one. */
    public static Optional<Currency> currency(String code) {
        if (code == null || !code.strip().matches("[A-Za-z]{3}")) {
            return Optional.empty();
        }
        try {
            return Optional.of(Currency.getInstance(code.strip().toUpperCase(java.util.Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Why this price cannot be on the price list, if it cannot: missing, negative, or finer than the currency's minor unit. */
    public static Optional<String> priceProblem(BigDecimal amount, Currency currency) {
        if (amount == null) {
            return Optional.of("Enter a price");
        }
        if (amount.signum() < 0) {
            return Optional.of("A price cannot be negative");
        }
        return scaleProblem(amount, currency);
    }

    /** Why this amount cannot be paid or refunded, if it cannot: missing, zero or negative, or too fine. */
    public static Optional<String> paymentProblem(BigDecimal amount, Currency currency) {
        if (amount == null) {
            return Optional.of("Enter an amount");
        }
        if (amount.signum() <= 0) {
            return Optional.of("The amount must be more than zero");
        }
        return scaleProblem(amount, currency);
    }

    private static Optional<String> scaleProblem(BigDecimal amount, Currency currency) {
        int digits = currency.getDefaultFractionDigits();
        if (amount.stripTrailingZeros().scale() > digits) {
            return Optional.of(digits == 0 ? currency.getCurrencyCode() + " amounts have no decimals"
                    : currency.getCurrencyCode() + " amounts have at most " + digits + " decimals");
        }
        if (amount.abs().compareTo(new BigDecimal("999999999999")) > 0) {
            return Optional.of("The amount is too large");
        }
        return Optional.empty();
    }
}
