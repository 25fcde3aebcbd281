package org.hpms.billing.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The price list in one currency as values: each service's category, tax rate and dated prices. Prices
 * a charge at the price in force on the day it was rendered, or says why it cannot.
 */
public final class PriceTable {

    /** A service's terms. */
    public record ServiceTerms(String code, ServiceCategory category, BigDecimal taxRate) {
    }

    /** A price from a date on. */
    public record DatedPrice(String serviceCode, LocalDate from, BigDecimal amount) {
    }

    /** A priced item, or the reason there is none. */
    public record Outcome(PricedItem item, String problem) {
    }

    private final String currency;
    private final Map<String, ServiceTerms> services = new HashMap<>();
    private final Map<String, List<DatedPrice>> pricesNewestFirst = new HashMap<>();

    public PriceTable(String currency, List<ServiceTerms> services, List<DatedPrice> prices) {
        this.currency = currency;
        services.forEach(s -> this.services.put(s.code(), s));
        prices.forEach(p -> pricesNewestFirst.computeIfAbsent(p.serviceCode(), c -> new ArrayList<>()).add(p));
        pricesNewestFirst.values().forEach(list -> list.sort(Comparator.comparing(DatedPrice::from).reversed()));
    }

    /**
     * @param fixedAmount an adjustment's own amount (then the service does not matter); null for priced services
     */
    public Outcome price(long chargeId, String serviceCode, int quantity, BigDecimal fixedAmount, LocalDate renderedOn) {
        if (fixedAmount != null) {
            return new Outcome(new PricedItem(chargeId, ServiceCategory.ADJUSTMENT, 1, fixedAmount, BigDecimal.ZERO), null);
        }
        ServiceTerms service = services.get(serviceCode);
        if (service == null) {
            return new Outcome(null, "Service " + serviceCode + " is not on the price list");
        }
        for (DatedPrice price : pricesNewestFirst.getOrDefault(serviceCode, List.of())) {
            if (!price.from().isAfter(renderedOn)) {
                return new Outcome(new PricedItem(chargeId, service.category(), quantity, price.amount(), service.taxRate()), null);
            }
        }
        return new Outcome(null, "Service " + serviceCode + " has no " + currency + " price on " + renderedOn);
    }
}
