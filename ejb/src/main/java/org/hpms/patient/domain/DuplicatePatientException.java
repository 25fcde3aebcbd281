package org.hpms.patient.domain;

import jakarta.ejb.ApplicationException;

/** Registration refused because a patient with the same national id already exists. */
@ApplicationException(rollback = true)
public class DuplicatePatientException extends RuntimeException {

    private final MedicalRecordNumber existingMrn;

    /** @param existingMrn the registered patient, or null when a concurrent registration won and is not yet visible */
    public DuplicatePatientException(MedicalRecordNumber existingMrn) {
        super("A patient with this national id is already registered" + (existingMrn == null ? "" : " (MRN " + existingMrn + ")"));
        this.existingMrn = existingMrn;
    }

    public MedicalRecordNumber getExistingMrn() {
        return existingMrn;
    }
}
