package org.hpms.billing.application;

import java.time.LocalDate;
import org.hpms.billing.domain.InvoiceKind;
import org.hpms.billing.domain.InvoiceStatus;

/**
 * What the invoice list is filtered by; every field may be empty. {@code number} matches from the start,
 * the issue dates are days in the hospital's zone (both ends included).
 */
public record InvoiceSearch(String number, String mrn, InvoiceStatus status, InvoiceKind kind, String payerCode, LocalDate issuedFrom,
                            LocalDate issuedTo) {

    public static InvoiceSearch everything() {
        return new InvoiceSearch(null, null, null, null, null, null, null);
    }
}
