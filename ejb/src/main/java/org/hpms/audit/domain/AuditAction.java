package org.hpms.audit.domain;

/** What was done to patient data. New features add their actions here. */
public enum AuditAction {
    PATIENT_REGISTERED,
    PATIENT_VIEWED,
    PATIENT_SEARCHED,
    PATIENTS_EXPORTED,
    ALLERGY_RECORDED,
    ALLERGIES_VIEWED,
    ALLERGY_VOIDED
}
