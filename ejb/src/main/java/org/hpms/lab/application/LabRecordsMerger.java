package org.hpms.lab.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.Principal;
import java.util.List;
import org.hpms.patient.application.MergedRecords;
import org.hpms.patient.domain.PatientsMerged;
import org.hpms.security.Roles;

/** Moves the laboratory results of a merged (obsolete) patient record to the surviving one, in the merge transaction. */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class LabRecordsMerger {

    static final List<String> PATIENT_RECORDS = List.of("LabMessage", "LabOrder", "LabReport", "LabObservationEntry");

    @PersistenceContext
    EntityManager em;

    @Inject
    Principal caller;

    public void onMerge(@Observes PatientsMerged merge) {
        MergedRecords.move(em, merge, PATIENT_RECORDS, caller.getName());
    }
}
