package org.hpms.clinical.application;

import java.io.Serializable;
import java.util.List;

/** An encounter with everything recorded in it, for the encounter screen and the API. */
public record EncounterDetails(String mrn, EncounterSummary encounter, String dischargeSummary, List<DiagnosisView> diagnoses,
                               List<VitalsView> vitals, List<MedicationView> medications, List<NoteView> notes,
                               List<DocumentView> documents) implements Serializable {
}
