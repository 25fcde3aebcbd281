package org.hpms.patient.application;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hpms.patient.domain.InvalidPatientDataException;
import org.hpms.patient.domain.MedicalRecordNumber;
import org.hpms.patient.domain.Patient;
import org.hpms.patient.domain.UnknownPatientException;
import org.hpms.shared.crypto.PhiStringConverter;
import org.hpms.shared.persistence.NativeSql;

/**
 * How every service finds the patient a request names, in the caller's transaction: the one place
 * that decides what an unknown MRN and a merged (voided) record answer.
 */
public final class PatientLookup {

    private static final PhiStringConverter NAMES = new PhiStringConverter();

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

    /** A current record locked in the caller's transaction: what booking needs of it, no more decrypted than the name. */
    public record Locked(long id, String mrn, String fullName, boolean hasEmail, boolean hasPhone) {
    }

    /**
     * Locks the record {@link #current} would return (for update, until the caller's transaction ends)
     * in one statement, reading only its id, name and whether it has an e-mail address and a phone
     * number: a booking serialises on the patient but needs little of the record.
     */
    public static Locked lockCurrent(EntityManager em, String mrn) {
        if (mrn == null || !MedicalRecordNumber.isValid(mrn)) {
            throw new UnknownPatientException();
        }
        String value = MedicalRecordNumber.parse(mrn).value();
        List<?> rows = NativeSql.on(em, "SELECT id, surviving_patient_id, given_name_enc, family_name_enc,"
                        + " email_enc IS NOT NULL, phone_enc IS NOT NULL FROM patient WHERE mrn = ?1 FOR UPDATE", Patient.class)
                .setParameter(1, value).getResultList();
        if (rows.isEmpty()) {
            throw new UnknownPatientException();
        }
        Object[] row = (Object[]) rows.get(0);
        if (row[1] != null) {
            current(em, mrn); // names the record it was merged into
        }
        return new Locked(((Number) row[0]).longValue(), value, NAMES.convertToEntityAttribute((byte[]) row[2]) + " "
                + NAMES.convertToEntityAttribute((byte[]) row[3]), ((Number) row[4]).intValue() == 1, ((Number) row[5]).intValue() == 1);
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
