package org.hpms.scheduling.domain;

/** A first consultation takes longer than a follow-up; follow-ups prefer the doctor seen before. */
public enum VisitType {
    NEW("New patient"), FOLLOW_UP("Follow-up");

    private final String label;

    VisitType(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
