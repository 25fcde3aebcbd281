package org.hpms.clinical.domain;

/** Kinds of clinical notes. */
public enum NoteType {
    PROGRESS("Progress note"), ADMISSION("Admission note"), CONSULTATION("Consultation"), PROCEDURE("Procedure note"),
    NURSING("Nursing note"), DISCHARGE("Discharge note");

    private final String label;

    NoteType(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
