package org.hpms.lab.domain;

import java.time.Instant;

/**
 * CDI event: an order received its first final result, the moment billing charges it (under the
 * test's price code). Fired inside the transaction that stored the result.
 */
public record LabOrderResulted(long orderId, String placerOrderNumber, long patientId, String testCode, String priceCode,
                               Instant resultedAt) {
}
