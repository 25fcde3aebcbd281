package org.hpms.billing.domain;

/** An invoice asks for money; a credit note takes (part of) an issued invoice back. */
public enum InvoiceKind {
    INVOICE, CREDIT_NOTE
}
