package org.hpms.billing.application;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hpms.billing.domain.Calculation;
import org.hpms.billing.domain.Charge;
import org.hpms.billing.domain.Coverage;
import org.hpms.billing.domain.Invoice;
import org.hpms.billing.domain.InvoiceCalculator;
import org.hpms.billing.domain.PatientBillingPlan;
import org.hpms.billing.domain.PriceTable;
import org.hpms.billing.domain.PricedItem;
import org.hpms.patient.domain.InvalidPatientDataException;
import org.hpms.patient.domain.Patient;
import org.hpms.shared.config.HpmsConfiguration;

/**
 * Turns one patient's unbilled charges into a draft invoice, in the caller's transaction: prices them,
 * applies the patient's approved discount and insurer's contract, and marks each charge billed on the
 * draft (the charges' versions make a second, concurrent biller fail instead of billing twice).
 * Used by the invoicing service and by the billing-cycle job.
 */
public final class InvoiceDrafting {

    /** The draft (null when nothing could be priced) and the charges left off it. */
    public record Drafted(Invoice invoice, List<UnpricedCharge> unpriced) {
    }

    private InvoiceDrafting() {
    }

    public static Drafted draft(EntityManager em, Patient patient, List<Charge> charges, Instant billedUntil) {
        PriceTable prices = ChargePricing.of(em, charges);
        ZoneId zone = HpmsConfiguration.hospitalZone();
        List<Charge> billable = new ArrayList<>();
        List<PricedItem> items = new ArrayList<>();
        List<UnpricedCharge> unpriced = new ArrayList<>();
        for (Charge charge : charges) {
            PriceTable.Outcome priced = ChargePricing.price(prices, charge, zone);
            if (priced.item() == null) {
                unpriced.add(new UnpricedCharge(charge.getPublicId(), charge.getServiceCode(), priced.problem()));
            } else {
                billable.add(charge);
                items.add(priced.item());
            }
        }
        if (billable.isEmpty()) {
            return new Drafted(null, unpriced);
        }
        PatientBillingPlan plan = em.createQuery("SELECT p FROM PatientBillingPlan p LEFT JOIN FETCH p.discountScheme LEFT JOIN FETCH p.payer"
                + " WHERE p.patient = :patient", PatientBillingPlan.class).setParameter("patient", patient).getResultStream().findFirst().orElse(null);
        Coverage coverage = plan == null ? Coverage.NONE : plan.coverage();
        Calculation calculation = InvoiceCalculator.calculate(items, HpmsConfiguration.currency(),
                plan == null ? null : plan.discountPercent(), coverage);
        if (calculation.patientShare().signum() < 0) {
            throw new InvalidPatientDataException(Map.of("charges", "The adjustments take off more than the charges come to ("
                    + calculation.patientShare().toPlainString() + "); bill more charges with them or reduce the adjustment"));
        }
        String scheme = plan != null && plan.discountPercent().signum() > 0 ? plan.getDiscountScheme().getCode() : null;
        Invoice invoice = Invoice.draft(patient, HpmsConfiguration.currency().getCurrencyCode(), billedUntil, scheme,
                coverage == Coverage.NONE ? null : plan.getPayer(), billable, calculation);
        em.persist(invoice);
        return new Drafted(invoice, unpriced);
    }
}
