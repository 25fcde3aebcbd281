package org.hpms.billing.domain;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The charge interface for features that render billable services: fire this CDI event in the
 * transaction that records the service, and billing captures it as a charge once per
 * (source type, source reference), however often it is fired. Scheduling and lab have their own
 * events; procedures and the nights of an admission come through this one.
 *
 * @param sourceRef the source's own unique reference (a procedure record's id; admission id and night)
 */
public record ServiceRendered(String mrn, ChargeSourceType sourceType, String sourceRef, String serviceCode, int quantity, String department,
                              String doctor, Instant renderedAt) {

    /** A procedure performed (an ECG, a dressing): its record's id is the reference. */
    public static ServiceRendered procedure(String mrn, String procedureId, String serviceCode, String doctor, Instant performedAt) {
        return new ServiceRendered(mrn, ChargeSourceType.PROCEDURE, procedureId, serviceCode, 1, null, doctor, performedAt);
    }

    /** One night of an admission in a ward class (BED-GENERAL, BED-ICU, ...): admission and night are the reference. */
    public static ServiceRendered night(String mrn, String admissionId, LocalDate night, String bedServiceCode, Instant recordedAt) {
        return new ServiceRendered(mrn, ChargeSourceType.BED_DAY, nightRef(admissionId, night), bedServiceCode, 1, null, null, recordedAt);
    }

    public static String nightRef(String admissionId, LocalDate night) {
        return admissionId + "/" + night;
    }
}
