package org.hpms.billing.application;

/** A charge left off an invoice because it could not be priced, and why (it stays unbilled until the price list has it). */
public record UnpricedCharge(String chargeId, String serviceCode, String reason) {
}
