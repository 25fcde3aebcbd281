package org.hpms.billing.domain;

import java.math.BigDecimal;
import java.util.Set;

/**
 * What an insurer's contract pays: lines of the covered categories, less the patient's co-pay, up to a
 * ceiling per invoice (none when null).
 */
public record Coverage(Set<ServiceCategory> categories, BigDecimal copayPercent, BigDecimal ceilingPerInvoice) {

    public static final Coverage NONE = new Coverage(Set.of(), new BigDecimal("100"), BigDecimal.ZERO);

    public boolean covers(ServiceCategory category) {
        return categories.contains(category);
    }
}
