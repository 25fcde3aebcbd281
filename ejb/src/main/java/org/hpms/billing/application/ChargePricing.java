package org.hpms.billing.application;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.hpms.billing.domain.BillableService;
import org.hpms.billing.domain.Charge;
import org.hpms.billing.domain.PricedItem;
import org.hpms.billing.domain.ServiceCategory;
import org.hpms.billing.domain.ServicePrice;
import org.hpms.shared.config.HpmsConfiguration;

/**
 * Prices charges from the price list, in the caller's transaction: each at its service's price in the
 * hospital's currency on the day (hospital zone) it was rendered. Read once per batch of charges.
 * Used by the invoicing service and the billing-cycle job alike.
 */
public final class ChargePricing {

    /** The outcome for one charge: a priced item, or the reason it has none. */
    public record Priced(Charge charge, PricedItem item, String problem) {
    }

    private final Map<String, BillableService> services;
    private final Map<Long, List<ServicePrice>> pricesNewestFirst;
    private final ZoneId zone = HpmsConfiguration.hospitalZone();

    private ChargePricing(Map<String, BillableService> services, Map<Long, List<ServicePrice>> pricesNewestFirst) {
        this.services = services;
        this.pricesNewestFirst = pricesNewestFirst;
    }

    /** The price list of these charges' services, read in two queries. */
    public static ChargePricing of(EntityManager em, Collection<Charge> charges) {
        Set<String> codes = charges.stream().map(Charge::getServiceCode).collect(Collectors.toSet());
        if (codes.isEmpty()) {
            return new ChargePricing(Map.of(), Map.of());
        }
        Map<String, BillableService> services = em.createQuery("SELECT s FROM BillableService s WHERE s.code IN :codes", BillableService.class)
                .setParameter("codes", codes).getResultStream().collect(Collectors.toMap(BillableService::getCode, s -> s));
        Map<Long, List<ServicePrice>> prices = new HashMap<>();
        if (!services.isEmpty()) {
            em.createQuery("SELECT p FROM ServicePrice p WHERE p.service IN :services AND p.currency = :currency", ServicePrice.class)
                    .setParameter("services", services.values()).setParameter("currency", HpmsConfiguration.currency().getCurrencyCode())
                    .getResultStream().forEach(p -> prices.computeIfAbsent(p.getService().getId(), id -> new ArrayList<>()).add(p));
            prices.values().forEach(list -> list.sort(Comparator.comparing(ServicePrice::getEffectiveFrom).reversed()));
        }
        return new ChargePricing(services, prices);
    }

    public Priced price(Charge charge) {
        if (charge.getFixedAmount() != null) {
            return new Priced(charge, new PricedItem(charge.getId(), ServiceCategory.ADJUSTMENT, 1, charge.getFixedAmount(), BigDecimal.ZERO), null);
        }
        BillableService service = services.get(charge.getServiceCode());
        if (service == null) {
            return new Priced(charge, null, "Service " + charge.getServiceCode() + " is not on the price list");
        }
        LocalDate day = charge.getRenderedAt().atZone(zone).toLocalDate();
        return pricesNewestFirst.getOrDefault(service.getId(), List.of()).stream().filter(p -> !p.getEffectiveFrom().isAfter(day)).findFirst()
                .map(p -> new Priced(charge, new PricedItem(charge.getId(), service.getCategory(), charge.getQuantity(), p.getAmount(),
                        service.getTaxRate()), null))
                .orElseGet(() -> new Priced(charge, null, "Service " + charge.getServiceCode() + " has no "
                        + HpmsConfiguration.currency().getCurrencyCode() + " price on " + day));
    }
}
