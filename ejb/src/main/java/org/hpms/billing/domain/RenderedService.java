package org.hpms.billing.domain;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * What a source of charges tells billing: which service was rendered (to the patient it names beside), when, by whom,
 * and under which unique source reference. This is the one entrance for charges: scheduling and lab
 * reach it through their events, an admission's nights and procedures call it directly.
 *
 * @param fixedAmount only for adjustments: the amount itself (may be negative); null for priced services
 * @param reason      why a charge was entered by hand; null for captured ones
 */
public record RenderedService(ChargeSourceType sourceType, String sourceRef, String serviceCode, String description,
                              int quantity, BigDecimal fixedAmount, String department, String doctor, Instant renderedAt,
                              String reason) {
}
