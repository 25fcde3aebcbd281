package org.hpms.patient.domain;

/** Administrative sex as recorded at registration (HL7 v2 table 0001 subset). */
public enum Sex {
    FEMALE("Female"), MALE("Male"), OTHER("Other"), UNKNOWN("Unknown");

    private final String label;

    Sex(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
