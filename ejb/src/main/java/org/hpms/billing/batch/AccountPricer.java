package org.hpms.billing.batch;

import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hpms.billing.application.BillingCycleTerms;
import org.hpms.billing.domain.Calculation;
import org.hpms.billing.domain.Coverage;
import org.hpms.billing.domain.InvoiceCalculator;
import org.hpms.billing.domain.PriceTable;
import org.hpms.billing.domain.PricedItem;
import org.hpms.shared.config.HpmsConfiguration;

/**
 * Prices one account with the same rules as an invoice made at the desk ({@link InvoiceCalculator}): each
 * charge at the price of its day, the approved discount, the insurer's split. Charges without a price
 * stay off the invoice (the writer records them); an account with nothing to bill, or whose adjustments
 * exceed its charges, is skipped with the reason.
 */
@Named
@Dependent
public class AccountPricer implements ItemProcessor {

    @EJB
    BillingCycleTerms terms;

    private PriceTable prices;
    private Map<Long, Coverage> coverages;
    private final ZoneId zone = HpmsConfiguration.hospitalZone();

    @Override
    public Object processItem(Object item) throws UnbillableAccountException {
        if (prices == null) {
            prices = terms.priceTable();
            coverages = terms.coverages();
        }
        BillableAccount account = (BillableAccount) item;
        List<ChargeRow> billed = new ArrayList<>();
        List<PricedItem> items = new ArrayList<>();
        List<PricedAccount.Unpriced> unpriced = new ArrayList<>();
        for (ChargeRow charge : account.charges()) {
            PriceTable.Outcome outcome = prices.price(charge.id(), charge.serviceCode(), charge.quantity(), charge.fixedAmount(),
                    charge.renderedAt().atZone(zone).toLocalDate());
            if (outcome.item() == null) {
                unpriced.add(new PricedAccount.Unpriced(charge, outcome.problem()));
            } else {
                billed.add(charge);
                items.add(outcome.item());
            }
        }
        if (billed.isEmpty()) {
            throw new UnbillableAccountException(unpriced.get(0).reason());
        }
        Coverage coverage = account.payerId() == null ? Coverage.NONE : coverages.getOrDefault(account.payerId(), Coverage.NONE);
        Calculation calculation = InvoiceCalculator.calculate(items, HpmsConfiguration.currency(), account.discountPercent(), coverage);
        if (calculation.patientShare().signum() < 0) {
            throw new UnbillableAccountException("The adjustments take off more than the charges come to ("
                    + calculation.patientShare().toPlainString() + ")");
        }
        return new PricedAccount(account, billed, calculation, unpriced, calculation.discount().signum() > 0 ? account.discountScheme() : null,
                coverage == Coverage.NONE ? null : account.payerId());
    }
}
