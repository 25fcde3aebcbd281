package org.hpms.lab.application;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;

/** One numeric value of a test over time, for the trend chart. */
public record LabTrendPoint(Instant observedAt, BigDecimal value, String units, String flag) implements Serializable {
}
