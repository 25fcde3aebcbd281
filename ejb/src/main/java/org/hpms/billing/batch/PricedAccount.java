package org.hpms.billing.batch;

import java.util.List;
import org.hpms.billing.domain.Calculation;

/**
 * An account priced: the charges that go on its invoice (in the calculation's order) and those that
 * cannot, with why; the discount scheme and insurer the invoice names (null when none applied).
 */
record PricedAccount(BillableAccount account, List<ChargeRow> billed, Calculation calculation, List<Unpriced> unpriced,
                     String discountScheme, Long payerId) {

    record Unpriced(ChargeRow charge, String reason) {
    }
}
