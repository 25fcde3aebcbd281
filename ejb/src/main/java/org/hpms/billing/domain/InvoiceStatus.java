package org.hpms.billing.domain;

/** The life of an invoice, counted on the patient's share (the insurer's share is claimed separately). */
public enum InvoiceStatus {
    DRAFT("Draft"), ISSUED("Issued"), PARTIALLY_PAID("Partially paid"), PAID("Paid"), VOID("Void");

    private final String label;

    InvoiceStatus(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }

    public boolean isOpen() {
        return this == ISSUED || this == PARTIALLY_PAID;
    }
}
