package org.hpms.audit.domain;

/** What was done to patient data. New features add their actions here. */
public enum AuditAction {
    PATIENT_REGISTERED,
    PATIENT_VIEWED,
    PATIENT_SEARCHED,
    PATIENTS_EXPORTED,
    ALLERGY_RECORDED,
    ALLERGIES_VIEWED,
    ALLERGY_VOIDED,
    PATIENT_UPDATED,
    PATIENT_HISTORY_VIEWED,
    PATIENT_PHOTO_CHANGED,
    PATIENT_PHOTO_VIEWED,
    PATIENT_IDENTIFIER_ADDED,
    PATIENT_MERGED,
    CHART_VIEWED,
    CHART_PRINTED,
    ENCOUNTER_OPENED,
    ENCOUNTER_VIEWED,
    ENCOUNTER_ENDED,
    DIAGNOSIS_RECORDED,
    DIAGNOSIS_RESOLVED,
    DIAGNOSIS_VOIDED,
    MEDICATION_PRESCRIBED,
    MEDICATION_STOPPED,
    MEDICATIONS_VIEWED,
    VITALS_RECORDED,
    VITALS_VIEWED,
    VITALS_VOIDED,
    NOTE_SIGNED,
    NOTE_AMENDED,
    DOCUMENT_ATTACHED,
    DOCUMENT_OPENED,
    DOCUMENT_VOIDED,
    APPOINTMENT_BOOKED,
    APPOINTMENT_CANCELLED,
    APPOINTMENT_RESCHEDULED,
    APPOINTMENT_STATUS_CHANGED,
    /** A reminder or offer was sent to the patient's email address or phone (read from the record to send). */
    PATIENT_NOTIFIED,
    WAITLIST_JOINED,
    WAITLIST_OFFER_ANSWERED,
    /** A laboratory's result message was stored on the patient's record. */
    LAB_RESULT_RECEIVED,
    /** A laboratory's message names no patient of ours and waits to be linked. */
    LAB_RESULT_UNMATCHED,
    /** A laboratory's message could not be read and was parked with its reason. */
    LAB_MESSAGE_PARKED,
    /** A lab technician linked an unmatched result to a patient, or rejected it. */
    LAB_RESULT_LINKED,
    LAB_RESULT_REJECTED,
    /** A doctor ordered a test (it went to the laboratory as an HL7 order message), or cancelled it. */
    LAB_ORDER_PLACED,
    LAB_ORDER_CANCELLED,
    /** A nurse or lab technician recorded that the specimen was taken (accession number, who, when). */
    LAB_SPECIMEN_COLLECTED,
    /** A result past a critical limit arrived; the reviewing doctor is alerted until they sign it off. */
    LAB_CRITICAL_RESULT,
    /** A clinician read a patient's lab results (report, chart list, trend) or a doctor their results inbox. */
    LAB_RESULT_VIEWED,
    /** The reviewing doctor signed a report off. */
    LAB_RESULT_SIGNED_OFF,
    /** A charge was entered by hand, an adjustment made, or a charge reversed (cancelled or credited). */
    CHARGE_ENTERED,
    CHARGE_REVERSED,
    /** Billing staff read a patient's charges, invoices, payments or statement of account. */
    BILLING_VIEWED,
    /** A patient's discount scheme or insurer was set, or a discount approved. */
    BILLING_PLAN_CHANGED,
    INVOICE_ISSUED,
    INVOICE_VOIDED,
    CREDIT_NOTE_ISSUED,
    /** Money was taken (or given back) on a patient's invoice. */
    PAYMENT_RECEIVED,
    PAYMENT_REFUNDED,
    /** A claim with the patient's identity and member number was sent to (or refused before being sent to) the insurer. */
    CLAIM_SUBMITTED
}
