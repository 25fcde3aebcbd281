package org.hpms.lab.application;

import java.io.Serializable;
import java.time.Instant;

/** One observation of a report as the clinician reads it. */
public record LabObservationView(int setId, String code, String name, String value, String units, String referenceRange, String flag,
                                 boolean critical, String flagSource, String status, Instant observedAt, String notes,
                                 boolean numeric) implements Serializable {
}
