package org.hpms.billing.application;

import java.util.List;

/** One page of the invoice list and the number of invoices matching in all. */
public record InvoicePage(List<InvoiceView> rows, long total) {
}
