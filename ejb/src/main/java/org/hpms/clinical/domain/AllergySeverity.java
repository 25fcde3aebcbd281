package org.hpms.clinical.domain;

/** How bad the reaction is; LIFE_THREATENING is shown in red on every patient screen. */
public enum AllergySeverity {
    MILD("Mild"), MODERATE("Moderate"), SEVERE("Severe"), LIFE_THREATENING("Life-threatening");

    private final String label;

    AllergySeverity(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
