package org.hpms.clinical.application;

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

/**
 * Moves every clinical record of a merged (obsolete) patient record to the surviving one, in the merge
 * transaction. A session bean (see {@link ChartRecords} for why not a plain CDI bean).
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class ClinicalRecordsMerger {

    /** Entity names of everything in the clinical feature that points at a patient. */
    static final List<String> PATIENT_RECORDS = List.of("Allergy", "Encounter", "Diagnosis", "MedicationOrder", "VitalSigns",
            "ClinicalNote", "PatientDocument");

    @PersistenceContext
    EntityManager em;

    @Inject
    Principal caller;

    public void onMerge(@Observes PatientsMerged merge) {
        MergedRecords.move(em, merge, PATIENT_RECORDS, caller.getName());
    }
}
