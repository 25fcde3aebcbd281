package org.hpms.billing.application;

import java.util.List;

/** A draft invoice and the charges that could not go on it. */
public record DraftOutcome(InvoiceView invoice, List<UnpricedCharge> unpriced) {
}
