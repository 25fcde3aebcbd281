package org.hpms.billing.domain;

import java.math.BigDecimal;
import java.util.List;

/** An invoice's lines and totals; every total is the sum of its lines, so the printout always adds up. */
public record Calculation(List<CalculatedLine> lines, BigDecimal gross, BigDecimal discount, BigDecimal tax, BigDecimal total,
                          BigDecimal patientShare, BigDecimal insurerShare) {
}
