package org.hpms.lab.domain;

/** The two ways laboratories send results: HL7 v2 pipe-delimited text, FHIR R4 JSON. */
public enum LabMessageFormat {
    HL7_V2, FHIR_R4;

    /** FHIR JSON starts with a brace (after blank space); anything else is taken for HL7 v2, whose reader explains what is wrong. */
    public static LabMessageFormat of(String text) {
        return text != null && text.stripLeading().startsWith("{") ? FHIR_R4 : HL7_V2;
    }
}
