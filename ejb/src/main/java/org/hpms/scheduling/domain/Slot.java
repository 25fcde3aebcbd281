package org.hpms.scheduling.domain;

import java.io.Serializable;

/** A bookable stretch of a doctor's time, and where it takes place. */
public record Slot(TimeInterval interval, String room) implements Serializable {
}
