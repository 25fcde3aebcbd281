package org.hpms.billing.batch;

import java.math.BigDecimal;
import java.time.Instant;

/** An unbilled charge as the billing cycle reads it (values, not entities: a million of them pass through). */
record ChargeRow(long id, long patientId, String serviceCode, int quantity, BigDecimal fixedAmount, Instant renderedAt, String description,
                 String department, String doctor) {
}
