package org.hpms.billing.batch;

import java.math.BigDecimal;
import java.util.List;

/**
 * One patient's unbilled charges up to the cut-off with the terms they are billed on: the approved
 * discount (scheme code and percent, or none) and the insurer (or none).
 */
record BillableAccount(long patientId, List<ChargeRow> charges, String discountScheme, BigDecimal discountPercent, Long payerId) {
}
