package org.hpms.clinical.domain;

/** How a drug is given. */
public enum MedicationRoute {
    ORAL("Oral"), INTRAVENOUS("Intravenous"), INTRAMUSCULAR("Intramuscular"), SUBCUTANEOUS("Subcutaneous"),
    INHALED("Inhaled"), TOPICAL("Topical"), SUBLINGUAL("Sublingual"), RECTAL("Rectal"), OTHER("Other");

    private final String label;

    MedicationRoute(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
