package org.hpms.clinical.domain;

/** Active diagnoses are the patient's problem list; resolved ones stay in the history. */
public enum DiagnosisStatus {
    ACTIVE("Active"), RESOLVED("Resolved");

    private final String label;

    DiagnosisStatus(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
