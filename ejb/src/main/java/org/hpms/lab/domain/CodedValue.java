package org.hpms.lab.domain;

/** A code with its text and coding system (LOINC "LN", local codes), as HL7 CE/CWE fields carry them. */
public record CodedValue(String code, String text, String system) {

    public boolean isLoinc() {
        return "LN".equalsIgnoreCase(system);
    }
}
