package org.hpms.lab.domain;

import java.time.Instant;

/** An order that received its first final result, to be charged under its test's price code; see {@link LabOrdersResulted}. */
public record LabOrderResulted(long orderId, String placerOrderNumber, long patientId, String testCode, String priceCode,
                               Instant resultedAt) {
}
