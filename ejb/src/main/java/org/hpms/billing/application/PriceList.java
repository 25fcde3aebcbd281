package org.hpms.billing.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.hpms.billing.domain.Amounts;
import org.hpms.billing.domain.BillableService;
import org.hpms.billing.domain.ServiceCategory;
import org.hpms.billing.domain.ServicePrice;
import org.hpms.patient.domain.InvalidPatientDataException;
import org.hpms.security.Roles;
import org.hpms.shared.config.HpmsConfiguration;

/**
 * The price list (chargemaster): services and their dated prices. A price change is a new price from
 * a date on; what was rendered before that date keeps its old price, and invoices already issued keep
 * the prices they were printed with.
 */
@Stateless
@RolesAllowed({Roles.BILLING, Roles.ADMIN})
public class PriceList {

    @PersistenceContext
    EntityManager em;

    /** Every service (retired ones last) with today's price and the next one, in the hospital's currency. */
    @RolesAllowed({Roles.BILLING, Roles.ADMIN, Roles.RECEPTIONIST})
    public List<PriceListEntry> entries() {
        String currency = HpmsConfiguration.currency().getCurrencyCode();
        LocalDate today = LocalDate.now(HpmsConfiguration.hospitalZone());
        Map<Long, List<ServicePrice>> prices = new HashMap<>();
        em.createQuery("SELECT p FROM ServicePrice p WHERE p.currency = :currency ORDER BY p.effectiveFrom", ServicePrice.class)
                .setParameter("currency", currency).getResultStream()
                .forEach(p -> prices.computeIfAbsent(p.getService().getId(), id -> new ArrayList<>()).add(p));
        return em.createQuery("SELECT s FROM BillableService s", BillableService.class).getResultStream()
                .sorted(Comparator.comparing((BillableService s) -> !s.isActive()).thenComparing(BillableService::getCategory)
                        .thenComparing(BillableService::getCode))
                .map(s -> {
                    List<ServicePrice> own = prices.getOrDefault(s.getId(), List.of());
                    ServicePrice current = own.stream().filter(p -> !p.getEffectiveFrom().isAfter(today)).reduce((a, b) -> b).orElse(null);
                    ServicePrice next = own.stream().filter(p -> p.getEffectiveFrom().isAfter(today)).findFirst().orElse(null);
                    return new PriceListEntry(s.getCode(), s.getName(), s.getCategory(), s.getDepartment(), s.getTaxRate(), s.isActive(), currency,
                            current == null ? null : current.getAmount(), current == null ? null : current.getEffectiveFrom(),
                            next == null ? null : next.getAmount(), next == null ? null : next.getEffectiveFrom());
                }).toList();
    }

    /** Sets a service's price from a date on (today or later: the past is not repriced). */
    public void setPrice(String serviceCode, BigDecimal amount, String currencyCode, LocalDate from) {
        Map<String, String> problems = new TreeMap<>();
        BillableService service = service(serviceCode);
        var currency = Amounts.currency(currencyCode);
        if (currency.isEmpty()) {
            problems.put("currency", "Unknown currency " + (currencyCode == null ? "" : currencyCode.strip()));
        } else {
            Amounts.priceProblem(amount, currency.get()).ifPresent(p -> problems.put("amount", p));
        }
        if (from == null || from.isBefore(LocalDate.now(HpmsConfiguration.hospitalZone()))) {
            problems.put("effectiveFrom", "A new price starts today or later");
        }
        if (service == null) {
            problems.put("serviceCode", "No service " + serviceCode + " on the price list");
        }
        if (!problems.isEmpty()) {
            throw new InvalidPatientDataException(problems);
        }
        String code = currency.get().getCurrencyCode();
        em.createQuery("DELETE FROM ServicePrice p WHERE p.service = :service AND p.currency = :currency AND p.effectiveFrom = :from")
                .setParameter("service", service).setParameter("currency", code).setParameter("from", from).executeUpdate();
        em.persist(new ServicePrice(service, code, amount.setScale(currency.get().getDefaultFractionDigits()), from));
    }

    /** Adds a service to the price list (its price is set with {@link #setPrice}). */
    public void addService(String code, String name, ServiceCategory category, String department, BigDecimal taxRate) {
        Map<String, String> problems = new TreeMap<>();
        String clean = code == null ? "" : code.strip().toUpperCase(java.util.Locale.ROOT);
        if (!clean.matches("[A-Z0-9][A-Z0-9_-]{1,31}")) {
            problems.put("code", "Code: 2 to 32 capital letters, digits, dashes or underscores");
        } else if (service(clean) != null) {
            problems.put("code", "Code " + clean + " is already on the price list");
        }
        if (name == null || name.isBlank() || name.strip().length() > 200) {
            problems.put("name", "Name: 1 to 200 characters");
        }
        if (category == null || category == ServiceCategory.ADJUSTMENT) {
            problems.put("category", "Choose a category");
        }
        if (department == null || department.isBlank() || department.strip().length() > 60) {
            problems.put("department", "Department: 1 to 60 characters");
        }
        if (taxRate == null || taxRate.signum() < 0 || taxRate.compareTo(new BigDecimal("100")) > 0 || taxRate.stripTrailingZeros().scale() > 2) {
            problems.put("taxRate", "Tax rate: 0 to 100 percent, at most 2 decimals");
        }
        if (!problems.isEmpty()) {
            throw new InvalidPatientDataException(problems);
        }
        em.persist(new BillableService(clean, name.strip(), category, department.strip(), taxRate));
    }

    /** Takes a service off the price list for new charges; charges already captured are still billed. */
    public void retire(String serviceCode) {
        BillableService service = service(serviceCode);
        if (service == null) {
            throw new InvalidPatientDataException(Map.of("serviceCode", "No service " + serviceCode + " on the price list"));
        }
        service.retire();
    }

    private BillableService service(String code) {
        return em.createQuery("SELECT s FROM BillableService s WHERE s.code = :code", BillableService.class)
                .setParameter("code", code == null ? "" : code.strip()).getResultStream().findFirst().orElse(null);
    }
}
