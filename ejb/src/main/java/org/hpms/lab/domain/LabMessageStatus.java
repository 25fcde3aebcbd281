package org.hpms.lab.domain;

/** What became of a message a laboratory posted. */
public enum LabMessageStatus {
    /** Read and stored on the patient's record. */
    STORED("Stored"),
    /** Read, but it names no patient of ours: waits for a lab technician to link or reject it. */
    UNMATCHED("Unmatched"),
    /** Could not be read: kept with the reason, answered with AE or AR. */
    PARKED("Parked"),
    /** Unmatched, and a lab technician said it belongs to no patient of ours (kept, with who and why). */
    REJECTED("Rejected");

    private final String label;

    LabMessageStatus(String label) {
        this.label = label;
    }

    /** How screens name the status. */
    public String getLabel() {
        return label;
    }
}
