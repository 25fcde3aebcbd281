package org.hpms.clinical.application;

import java.io.Serializable;
import java.util.List;

/**
 * The clinical part of the patient summary: what a clinician must see first. {@code openEncounters}
 * are visits in progress (a current admission shows its ward and bed).
 */
public record ChartSummary(String mrn, List<AllergyView> allergies, List<DiagnosisView> activeProblems,
                           List<MedicationView> currentMedications, VitalsView lastVitals, List<EncounterSummary> openEncounters,
                           long encounterCount) implements Serializable {
}
