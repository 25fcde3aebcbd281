package org.hpms.billing.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.function.Function;

/**
 * Prices an invoice. Per line: gross = unit price x quantity; the discount scheme's percentage comes
 * off the gross; tax is charged on what remains; the insurer pays the covered lines less the co-pay,
 * and once its ceiling for the invoice is reached the rest falls to the patient. Each figure is rounded
 * half-up to the currency's minor unit on its line, and the totals are sums of the rounded lines.
 * Adjustments are added as they are, to the patient's share.
 */
public final class InvoiceCalculator {

    private static final BigDecimal HUNDRED = new BigDecimal("100");

    private InvoiceCalculator() {
    }

    public static Calculation calculate(List<PricedItem> items, Currency currency, BigDecimal discountPercent, Coverage coverage) {
        int scale = currency.getDefaultFractionDigits();
        BigDecimal ceilingLeft = coverage.ceilingPerInvoice();
        List<CalculatedLine> lines = new ArrayList<>(items.size());
        for (PricedItem item : items) {
            BigDecimal gross = round(item.unitPrice().multiply(BigDecimal.valueOf(item.quantity())), scale);
            if (item.isAdjustment()) {
                lines.add(new CalculatedLine(item, gross, zero(scale), zero(scale), gross, gross, zero(scale)));
                continue;
            }
            BigDecimal discount = round(percentOf(gross, discountPercent), scale);
            BigDecimal tax = round(percentOf(gross.subtract(discount), item.taxRatePercent()), scale);
            BigDecimal amount = gross.subtract(discount).add(tax);
            BigDecimal insurer = zero(scale);
            if (coverage.covers(item.category())) {
                insurer = round(percentOf(amount, HUNDRED.subtract(coverage.copayPercent())), scale);
                if (ceilingLeft != null) {
                    insurer = insurer.min(ceilingLeft);
                    ceilingLeft = ceilingLeft.subtract(insurer);
                }
            }
            lines.add(new CalculatedLine(item, gross, discount, tax, amount, amount.subtract(insurer), insurer));
        }
        return new Calculation(List.copyOf(lines), sum(lines, CalculatedLine::gross, scale), sum(lines, CalculatedLine::discount, scale),
                sum(lines, CalculatedLine::tax, scale), sum(lines, CalculatedLine::amount, scale),
                sum(lines, CalculatedLine::patientShare, scale), sum(lines, CalculatedLine::insurerShare, scale));
    }

    private static BigDecimal percentOf(BigDecimal amount, BigDecimal percent) {
        return percent == null ? BigDecimal.ZERO : amount.multiply(percent).divide(HUNDRED);
    }

    private static BigDecimal round(BigDecimal value, int scale) {
        return value.setScale(scale, RoundingMode.HALF_UP);
    }

    private static BigDecimal zero(int scale) {
        return BigDecimal.ZERO.setScale(scale);
    }

    private static BigDecimal sum(List<CalculatedLine> lines, Function<CalculatedLine, BigDecimal> figure, int scale) {
        return lines.stream().map(figure).reduce(zero(scale), BigDecimal::add);
    }
}
