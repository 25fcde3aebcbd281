package org.hpms.scheduling.application;

import java.io.Serializable;
import org.hpms.scheduling.domain.ScheduleChange;

/** A recorded exception (leave, holiday, training, extra session) with its note. */
public record ScheduleChangeView(long id, ScheduleChange change, String note) implements Serializable {
}
