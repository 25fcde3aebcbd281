package org.hpms.lab.domain;

/** How urgent an order is, with its HL7 v2 code (table 0027: S stat, R routine). */
public enum LabPriority {
    ROUTINE("Routine", "R"), STAT("Stat (urgent)", "S");

    private final String label;
    private final String hl7Code;

    LabPriority(String label, String hl7Code) {
        this.label = label;
        this.hl7Code = hl7Code;
    }

    public String getLabel() {
        return label;
    }

    public String getHl7Code() {
        return hl7Code;
    }
}
