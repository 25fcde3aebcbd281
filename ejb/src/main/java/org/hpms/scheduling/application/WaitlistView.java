package org.hpms.scheduling.application;

import java.io.Serializable;
import java.time.Instant;
import org.hpms.scheduling.domain.VisitType;
import org.hpms.scheduling.domain.WaitlistEntry;
import org.hpms.scheduling.domain.WaitlistStatus;

/** A waitlist entry as the reception desk sees it, with the slot offered if there is one. */
public record WaitlistView(String id, String mrn, String patientName, String specialization, String doctor, VisitType visitType,
                           Instant windowFrom, Instant windowUntil, WaitlistStatus status, String offeredDoctor,
                           Instant offeredStart) implements Serializable {

    static WaitlistView of(WaitlistEntry entry) {
        return new WaitlistView(entry.getPublicId(), entry.getPatient().getMrn().value(),
                entry.getPatient().getFullName(), entry.getSpecialization(),
                entry.getDoctor() == null ? null : entry.getDoctor().getUsername(), entry.getVisitType(), entry.getWindowFrom(),
                entry.getWindowUntil(), entry.getStatus(),
                entry.getOfferedDoctor() == null ? null : entry.getOfferedDoctor().getUsername(), entry.getOfferedStart());
    }
}
