package org.hpms.clinical.domain;

/** Kind of visit. Inpatient admissions occupy a ward bed until discharge. */
public enum EncounterType {
    OUTPATIENT("Outpatient"), EMERGENCY("Emergency"), INPATIENT("Inpatient admission");

    private final String label;

    EncounterType(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
