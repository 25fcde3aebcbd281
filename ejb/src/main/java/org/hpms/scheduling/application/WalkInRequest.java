package org.hpms.scheduling.application;

import java.io.Serializable;
import org.hpms.scheduling.domain.VisitType;

/** A patient who came without an appointment: to a named doctor, or to whoever of the specialization has the shortest queue. */
public record WalkInRequest(String mrn, String specialization, String doctor, VisitType visitType, String complaint)
        implements Serializable {
}
