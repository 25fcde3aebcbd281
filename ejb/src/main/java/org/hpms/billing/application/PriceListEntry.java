package org.hpms.billing.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.hpms.billing.domain.ServiceCategory;

/** A price-list service with its price today (null when it has none) and the next price already set, if any. */
public record PriceListEntry(String code, String name, ServiceCategory category, String department, BigDecimal taxRate, boolean active,
                             String currency, BigDecimal price, LocalDate priceFrom, BigDecimal nextPrice, LocalDate nextPriceFrom) {
}
