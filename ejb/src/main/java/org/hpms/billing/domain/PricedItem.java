package org.hpms.billing.domain;

import java.math.BigDecimal;

/**
 * One charge with its price of the day it was rendered, ready to be put on an invoice. An adjustment
 * carries its amount as the unit price (it may be negative) and is neither discounted nor taxed.
 *
 * @param chargeId the charge this line bills (for the invoice line to point back to)
 */
public record PricedItem(long chargeId, ServiceCategory category, int quantity, BigDecimal unitPrice, BigDecimal taxRatePercent) {

    public boolean isAdjustment() {
        return category == ServiceCategory.ADJUSTMENT;
    }
}
