package org.hpms.billing.domain;

/**
 * Where a charge comes from. With the source's own reference it names the charge uniquely, which is
 * what keeps a source from being charged twice.
 */
public enum ChargeSourceType {
    /** A completed appointment (reference: the appointment's public id). */
    APPOINTMENT,
    /** A lab order that received its first final result (reference: the placer order number). */
    LAB_ORDER,
    /** One night of an admission (reference: admission id and the date of the night). */
    BED_DAY,
    /** A procedure performed (reference: the procedure record's id). */
    PROCEDURE,
    /** Entered by billing staff with a reason (reference: generated). */
    MANUAL,
    /** An amount added or taken off by billing staff with a reason (reference: generated). */
    ADJUSTMENT
}
