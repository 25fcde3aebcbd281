package org.hpms.scheduling.application;

import java.io.Serializable;
import org.hpms.scheduling.domain.WeeklySession;

/** A stored template line with the id to end it by. */
public record WorkingHoursView(long id, WeeklySession session) implements Serializable {
}
