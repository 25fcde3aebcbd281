package org.hpms.billing.application;

import java.math.BigDecimal;
import java.time.Instant;
import org.hpms.billing.domain.CashierSession;

/** A cashier's session; {@code cashIn} is cash taken less cash refunded so far, {@code overShort} counted less expected once closed. */
public record CashierSessionView(String id, String cashier, String currency, Instant openedAt, BigDecimal openingBalance, BigDecimal cashIn,
                                 Instant closedAt, BigDecimal expectedCash, BigDecimal countedCash, BigDecimal overShort) {

    static CashierSessionView of(CashierSession s, BigDecimal cashIn) {
        return new CashierSessionView(s.getPublicId(), s.getCashier(), s.getCurrency(), s.getOpenedAt(), s.getOpeningBalance(), cashIn,
                s.getClosedAt(), s.getExpectedCash(), s.getCountedCash(),
                s.getCountedCash() == null ? null : s.getCountedCash().subtract(s.getExpectedCash()));
    }
}
