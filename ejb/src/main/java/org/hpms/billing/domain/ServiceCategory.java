package org.hpms.billing.domain;

/** What kind of service a price-list entry is; insurers' contracts cover categories. */
public enum ServiceCategory {
    CONSULTATION("Consultation"), LAB("Laboratory"), PROCEDURE("Procedure"), BED_DAY("Bed-day"),
    REGISTRATION("Registration"), ADJUSTMENT("Adjustment");

    private final String label;

    ServiceCategory(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
