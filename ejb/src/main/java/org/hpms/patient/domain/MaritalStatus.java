package org.hpms.patient.domain;

/** Marital status (HL7 v2 table 0002 subset). */
public enum MaritalStatus {
    SINGLE("Single"), MARRIED("Married"), DOMESTIC_PARTNER("Domestic partner"), SEPARATED("Separated"),
    DIVORCED("Divorced"), WIDOWED("Widowed"), UNKNOWN("Unknown");

    private final String label;

    MaritalStatus(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
