package org.hpms.lab.domain;

/** Where an order is: sent to the lab, specimen taken, results in (preliminary or final), or cancelled. */
public enum LabOrderStatus {
    ORDERED("Awaiting collection"), COLLECTED("Specimen collected"), PRELIMINARY("Preliminary results"), FINAL("Final results"),
    CANCELLED("Cancelled");

    private final String label;

    LabOrderStatus(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
