package org.hpms.patient.application;

import java.io.Serializable;
import java.time.Instant;
import org.hpms.patient.domain.PatientChange;

/** One line of the demographic change history. */
public record ChangeView(Instant changedAt, String changedBy, String field, String oldValue, String newValue)
        implements Serializable {

    static ChangeView of(PatientChange change) {
        return new ChangeView(change.getChangedAt(), change.getChangedBy(), change.getField(), change.getOldValue(),
                change.getNewValue());
    }
}
