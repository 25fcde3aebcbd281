package org.hpms.patient.application;

import jakarta.persistence.EntityManager;
import java.util.Map;
import java.util.Optional;
import org.hpms.patient.domain.InvalidPatientDataException;
import org.hpms.patient.domain.MedicalRecordNumber;
import org.hpms.patient.domain.Patient;
import org.hpms.patient.domain.UnknownPatientException;

/**
 * How every service finds the patient a request names, in the caller's transaction: the one place
 * that decides what an unknown MRN and a merged (voided) record answer.
 */
public final class PatientLookup {

    private PatientLookup() {
    }

    /** The record with this MRN, merged or not. */
    public static Patient existing(EntityManager em, String mrn) {
        return withMrn(em, mrn).orElseThrow(UnknownPatientException::new);
    }

    /** The record with this MRN, merged or not; empty for an MRN that is not one of ours (messages from outside). */
    public static Optional<Patient> withMrn(EntityManager em, String mrn) {
        if (mrn == null || !MedicalRecordNumber.isValid(mrn)) {
            return Optional.empty();
        }
        return em.createNamedQuery(Patient.BY_MRN, Patient.class)
                .setParameter("mrn", MedicalRecordNumber.parse(mrn))
                .getResultStream().findFirst();
    }

    /** A record that may be read and written: a merged one names the record it was merged into instead. */
    public static Patient current(EntityManager em, String mrn) {
        Patient patient = existing(em, mrn);
        if (patient.getMergedInto() != null) {
            throw new InvalidPatientDataException(Map.of("patient", "This record was merged into MRN "
                    + patient.getMergedInto().getMrn().value() + "; use that record"));
        }
        return patient;
    }

    /**
     * The id of the record {@link #current} would return, without reading (and decrypting) the record:
     * for services that only need to name the patient in a query.
     */
    public static long currentId(EntityManager em, String mrn) {
        if (!MedicalRecordNumber.isValid(mrn)) {
            throw new UnknownPatientException();
        }
        Object[] row = em.createQuery("SELECT p.id, m.mrn FROM Patient p LEFT JOIN p.mergedInto m WHERE p.mrn = :mrn", Object[].class)
                .setParameter("mrn", MedicalRecordNumber.parse(mrn)).getResultStream().findFirst()
                .orElseThrow(UnknownPatientException::new);
        if (row[1] != null) {
            throw new InvalidPatientDataException(Map.of("patient", "This record was merged into MRN "
                    + ((MedicalRecordNumber) row[1]).value() + "; use that record"));
        }
        return (Long) row[0];
    }

    /**
     * The id of the record that holds this MRN's data now: the record itself, or the one it was merged
     * into. For what must land on the patient whatever became of the record (a completed visit's charge).
     */
    public static long keptId(EntityManager em, String mrn) {
        if (!MedicalRecordNumber.isValid(mrn)) {
            throw new UnknownPatientException();
        }
        return em.createQuery("SELECT COALESCE(m.id, p.id) FROM Patient p LEFT JOIN p.mergedInto m WHERE p.mrn = :mrn", Long.class)
                .setParameter("mrn", MedicalRecordNumber.parse(mrn)).getResultStream().findFirst().orElseThrow(UnknownPatientException::new);
    }
}
