package org.hpms.clinical.domain;

/** What kind of substance causes the reaction (FHIR AllergyIntolerance.category). */
public enum AllergyCategory {
    MEDICATION("Medication"), FOOD("Food"), ENVIRONMENT("Environment"), BIOLOGIC("Biologic");

    private final String label;

    AllergyCategory(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
