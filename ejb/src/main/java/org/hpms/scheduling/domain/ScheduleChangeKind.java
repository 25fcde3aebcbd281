package org.hpms.scheduling.domain;

/** Exceptions to a doctor's weekly template: time taken away, or an extra session added. */
public enum ScheduleChangeKind {
    LEAVE("Leave", true), HOLIDAY("Holiday", true), TRAINING("Training", true), EXTRA_SESSION("Extra session", false);

    private final String label;
    private final boolean blocking;

    ScheduleChangeKind(String label, boolean blocking) {
        this.label = label;
        this.blocking = blocking;
    }

    public String getLabel() {
        return label;
    }

    /** True when the doctor does not see patients during it. */
    public boolean isBlocking() {
        return blocking;
    }
}
