package org.hpms.billing.application;

import jakarta.persistence.EntityManager;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.hpms.billing.domain.BillableService;
import org.hpms.billing.domain.Charge;
import org.hpms.billing.domain.PriceTable;
import org.hpms.billing.domain.PriceTable.DatedPrice;
import org.hpms.billing.domain.PriceTable.ServiceTerms;
import org.hpms.billing.domain.ServicePrice;
import org.hpms.shared.config.HpmsConfiguration;

/**
 * Reads the price list into a {@link PriceTable}, in the caller's transaction, in the hospital's
 * currency: for some charges' services (invoicing one patient) or whole (the billing cycle).
 */
public final class ChargePricing {

    private ChargePricing() {
    }

    /** The price list of these charges' services, read in two queries. */
    public static PriceTable of(EntityManager em, Collection<Charge> charges) {
        Set<String> codes = charges.stream().map(Charge::getServiceCode).collect(Collectors.toSet());
        return codes.isEmpty() ? new PriceTable(currency(), List.of(), List.of())
                : read(em, em.createQuery("SELECT s FROM BillableService s WHERE s.code IN :codes", BillableService.class)
                        .setParameter("codes", codes).getResultList());
    }

    /** The whole price list. */
    public static PriceTable all(EntityManager em) {
        return read(em, em.createQuery("SELECT s FROM BillableService s", BillableService.class).getResultList());
    }

    /** The charge priced at the price of the day it was rendered (hospital zone). */
    public static PriceTable.Outcome price(PriceTable table, Charge charge, ZoneId zone) {
        return table.price(charge.getId(), charge.getServiceCode(), charge.getQuantity(), charge.getFixedAmount(),
                charge.getRenderedAt().atZone(zone).toLocalDate());
    }

    private static PriceTable read(EntityManager em, List<BillableService> services) {
        List<DatedPrice> prices = services.isEmpty() ? List.of()
                : em.createQuery("SELECT p FROM ServicePrice p JOIN FETCH p.service WHERE p.service IN :services AND p.currency = :currency",
                        ServicePrice.class).setParameter("services", services).setParameter("currency", currency()).getResultStream()
                        .map(p -> new DatedPrice(p.getService().getCode(), p.getEffectiveFrom(), p.getAmount())).toList();
        return new PriceTable(currency(), services.stream().map(s -> new ServiceTerms(s.getCode(), s.getCategory(), s.getTaxRate())).toList(),
                prices);
    }

    private static String currency() {
        return HpmsConfiguration.currency().getCurrencyCode();
    }
}
