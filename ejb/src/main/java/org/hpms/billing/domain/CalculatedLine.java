package org.hpms.billing.domain;

import java.math.BigDecimal;

/** One invoice line worked out: gross - discount + tax = amount = patient share + insurer share. */
public record CalculatedLine(PricedItem item, BigDecimal gross, BigDecimal discount, BigDecimal tax, BigDecimal amount,
                             BigDecimal patientShare, BigDecimal insurerShare) {
}
