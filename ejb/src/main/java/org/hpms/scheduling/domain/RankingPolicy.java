package org.hpms.scheduling.domain;

/** How automated assignment orders the eligible doctors and slots (configurable per hospital). */
public enum RankingPolicy {
    /** The earliest free slot of any eligible doctor. */
    EARLIEST,
    /** The doctor with the smallest share of their daily capacity booked that day; earliest among equals. */
    BALANCED_LOAD,
    /** Follow-ups with the doctor the patient saw before, when they have a slot; otherwise earliest. */
    CONTINUITY,
    /** The doctor the patient asked for, when they have a slot; otherwise earliest. */
    PATIENT_PREFERENCE
}
