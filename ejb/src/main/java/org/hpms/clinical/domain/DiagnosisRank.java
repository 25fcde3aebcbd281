package org.hpms.clinical.domain;

/** The main reason for the visit, or another condition treated or noted during it. */
public enum DiagnosisRank {
    PRIMARY("Primary"), SECONDARY("Secondary");

    private final String label;

    DiagnosisRank(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
