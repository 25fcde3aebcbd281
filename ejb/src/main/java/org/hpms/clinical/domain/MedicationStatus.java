package org.hpms.clinical.domain;

/** ACTIVE until stopped by a prescriber (with a reason) or its duration runs out. */
public enum MedicationStatus {
    ACTIVE("Active"), STOPPED("Stopped");

    private final String label;

    MedicationStatus(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
