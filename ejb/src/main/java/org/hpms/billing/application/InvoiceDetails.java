package org.hpms.billing.application;

import java.util.List;

/** An invoice with its lines, the payments and refunds taken on it and its credit notes: the invoice page and the PDF. */
public record InvoiceDetails(InvoiceView invoice, String patientName, List<InvoiceLineView> lines, List<PaymentView> payments,
                             List<InvoiceView> creditNotes) {
}
