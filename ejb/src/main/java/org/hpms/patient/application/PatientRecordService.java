package org.hpms.patient.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Validator;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.hpms.audit.application.AuditTrail;
import org.hpms.audit.domain.AuditAction;
import org.hpms.audit.domain.AuditOutcome;
import org.hpms.patient.domain.Demographics;
import org.hpms.patient.domain.DuplicatePatientException;
import org.hpms.patient.domain.FieldChange;
import org.hpms.patient.domain.InvalidPatientDataException;
import org.hpms.patient.domain.MedicalRecordNumber;
import org.hpms.patient.domain.Patient;
import org.hpms.patient.domain.PatientChange;
import org.hpms.patient.domain.PatientIdentifier;
import org.hpms.patient.domain.PatientPhoto;
import org.hpms.patient.domain.PatientSearchKeys;
import org.hpms.patient.domain.StaleRecordException;
import org.hpms.security.Roles;
import org.hpms.shared.crypto.ApplicationKeys;
import org.hpms.shared.crypto.SearchNormalizer;
import org.hpms.shared.files.FileKind;

/**
 * Keeps a registered patient's demographics: edits with a change history and optimistic locking
 * (an edit names the version it started from), the photograph, and identifiers of other systems.
 */
@Stateless
@RolesAllowed({Roles.RECEPTIONIST, Roles.ADMIN})
public class PatientRecordService {

    public static final int MAX_PHOTO_BYTES = 2 * 1024 * 1024;

    @PersistenceContext
    EntityManager em;

    @Inject
    Validator validator;

    @EJB
    AuditTrail auditTrail;

    @Resource
    SessionContext session;

    /** The demographics to edit, with the version an update must name. */
    public Demographics demographicsForEdit(String mrn) {
        Patient patient = current(mrn);
        auditTrail.record(AuditAction.PATIENT_VIEWED, patient.getMrn().value(), AuditOutcome.SUCCESS, "for edit");
        return patient.toDemographics();
    }

    /**
     * Saves edited demographics if nobody saved the record since {@code expectedVersion} was read;
     * every changed field goes into the history. Returns the new state.
     */
    public PatientDetails update(String mrn, long expectedVersion, Demographics edited) {
        Patient patient = current(mrn);
        String mrnText = patient.getMrn().value();
        if (patient.getVersion() != expectedVersion) {
            auditTrail.record(AuditAction.PATIENT_UPDATED, mrnText, AuditOutcome.REJECTED, "stale version");
            throw new StaleRecordException(patient.getUpdatedBy(), patient.getUpdatedAt());
        }
        Map<String, String> problems = DemographicsRules.problems(validator, edited);
        if (!problems.isEmpty()) {
            auditTrail.record(AuditAction.PATIENT_UPDATED, mrnText, AuditOutcome.REJECTED,
                    "invalid fields: " + String.join(",", problems.keySet()));
            throw new InvalidPatientDataException(problems);
        }
        PatientSearchKeys keys = new PatientSearchKeys(ApplicationKeys.blindIndex());
        Long nationalId = keys.nationalId(edited.getNationalId());
        if (nationalId != null) {
            Optional<MedicalRecordNumber> holder = em.createQuery("SELECT p.mrn FROM Patient p WHERE p.nationalIdIndex = :index"
                            + " AND p.id <> :id", MedicalRecordNumber.class)
                    .setParameter("index", nationalId).setParameter("id", patient.getId())
                    .getResultStream().findFirst();
            if (holder.isPresent()) {
                auditTrail.record(AuditAction.PATIENT_UPDATED, mrnText, AuditOutcome.REJECTED, "national id of another patient");
                throw new DuplicatePatientException(holder.get());
            }
        }
        List<FieldChange> changes = patient.update(edited, keys);
        Instant now = Instant.now();
        for (FieldChange change : changes) {
            em.persist(new PatientChange(patient, change, session.getCallerPrincipal().getName(), now));
        }
        try {
            em.flush(); // the version check in the UPDATE decides a race between two saves that both read this version
        } catch (OptimisticLockException e) {
            auditTrail.record(AuditAction.PATIENT_UPDATED, mrnText, AuditOutcome.REJECTED, "stale version");
            throw new StaleRecordException("another user", Instant.now());
        }
        auditTrail.record(AuditAction.PATIENT_UPDATED, mrnText, AuditOutcome.SUCCESS,
                "fields: " + String.join(",", changes.stream().map(FieldChange::field).toList()));
        return PatientDetails.of(patient);
    }

    /** Who changed which demographic field when, newest first. */
    @RolesAllowed({Roles.RECEPTIONIST, Roles.ADMIN, Roles.DOCTOR, Roles.NURSE})
    public List<ChangeView> history(String mrn) {
        Patient patient = existing(mrn);
        List<ChangeView> history = em.createQuery("SELECT c FROM PatientChange c WHERE c.patient = :patient"
                        + " ORDER BY c.changedAt DESC, c.id DESC", PatientChange.class)
                .setParameter("patient", patient).getResultStream().map(ChangeView::of).toList();
        auditTrail.record(AuditAction.PATIENT_HISTORY_VIEWED, patient.getMrn().value(), AuditOutcome.SUCCESS, null);
        return history;
    }

    /** Takes (or retakes) the patient's photograph: JPEG or PNG, at most 2 MB. */
    @RolesAllowed({Roles.RECEPTIONIST, Roles.ADMIN, Roles.NURSE})
    public void changePhoto(String mrn, String declaredType, byte[] content) {
        Patient patient = current(mrn);
        Optional<FileKind> kind = FileKind.of(content);
        String problem = null;
        if (content == null || content.length == 0) {
            problem = "The photo file is empty";
        } else if (content.length > MAX_PHOTO_BYTES) {
            problem = "A photo may be at most 2 MB";
        } else if (kind.isEmpty() || !kind.get().isImage()) {
            problem = "A photo must be a JPEG or PNG image";
        } else if (declaredType != null && !declaredType.isBlank() && !kind.get().getMediaType().equalsIgnoreCase(declaredType.strip())) {
            problem = "The file claims to be " + declaredType.strip() + " but its content is " + kind.get().getMediaType();
        }
        if (problem != null) {
            auditTrail.record(AuditAction.PATIENT_PHOTO_CHANGED, patient.getMrn().value(), AuditOutcome.REJECTED, "invalid photo");
            throw new InvalidPatientDataException(Map.of("photo", problem));
        }
        PatientPhoto photo = em.find(PatientPhoto.class, patient.getId());
        if (photo == null) {
            em.persist(new PatientPhoto(patient, kind.get(), content));
        } else {
            photo.replace(kind.get(), content);
        }
        auditTrail.record(AuditAction.PATIENT_PHOTO_CHANGED, patient.getMrn().value(), AuditOutcome.SUCCESS, null);
    }

    /** The photograph, for identifying the patient at the desk or the bedside. */
    @RolesAllowed({Roles.ADMIN, Roles.DOCTOR, Roles.NURSE, Roles.RECEPTIONIST, Roles.BILLING, Roles.LAB_TECH})
    public Optional<PhotoFile> photo(String mrn) {
        Patient patient = existing(mrn);
        Optional<PhotoFile> photo = Optional.ofNullable(em.find(PatientPhoto.class, patient.getId()))
                .map(p -> new PhotoFile(p.getContentType(), p.getContent()));
        auditTrail.record(AuditAction.PATIENT_PHOTO_VIEWED, patient.getMrn().value(),
                photo.isPresent() ? AuditOutcome.SUCCESS : AuditOutcome.NOT_FOUND, null);
        return photo;
    }

    /** Records an identifier another system gave the patient; unique per issuer. */
    public void addIdentifier(String mrn, String issuer, String value) {
        Patient patient = current(mrn);
        Map<String, String> problems = new TreeMap<>();
        String cleanIssuer = issuer == null ? "" : issuer.strip();
        String cleanValue = value == null ? "" : value.strip();
        if (cleanIssuer.isEmpty() || cleanIssuer.length() > 60 || !cleanIssuer.matches("[\\p{L}\\p{N} ._-]+")) {
            problems.put("issuer", "Issuer is required: up to 60 letters, digits, spaces and . _ -");
        }
        if (cleanValue.isEmpty() || cleanValue.length() > 60 || !cleanValue.matches("[\\p{L}\\p{N} ./_-]+")) {
            problems.put("identifier", "Identifier is required: up to 60 letters, digits, spaces and . / _ -");
        }
        Long index = problems.isEmpty() ? identifierIndex(cleanIssuer, cleanValue) : null;
        if (index != null) {
            Optional<MedicalRecordNumber> holder = em.createQuery("SELECT i.patient.mrn FROM PatientIdentifier i"
                            + " WHERE i.issuer = :issuer AND i.valueIndex = :index", MedicalRecordNumber.class)
                    .setParameter("issuer", cleanIssuer).setParameter("index", index).getResultStream().findFirst();
            holder.ifPresent(mrnOfHolder -> problems.put("identifier", "This identifier of " + cleanIssuer
                    + " is already recorded for MRN " + mrnOfHolder.value()));
        }
        if (!problems.isEmpty()) {
            auditTrail.record(AuditAction.PATIENT_IDENTIFIER_ADDED, patient.getMrn().value(), AuditOutcome.REJECTED,
                    "invalid fields: " + String.join(",", problems.keySet()));
            throw new InvalidPatientDataException(problems);
        }
        em.persist(new PatientIdentifier(patient, cleanIssuer, cleanValue, index));
        auditTrail.record(AuditAction.PATIENT_IDENTIFIER_ADDED, patient.getMrn().value(), AuditOutcome.SUCCESS, cleanIssuer);
    }

    @RolesAllowed({Roles.ADMIN, Roles.DOCTOR, Roles.NURSE, Roles.RECEPTIONIST, Roles.BILLING, Roles.LAB_TECH})
    public List<IdentifierView> identifiers(String mrn) {
        Patient patient = existing(mrn);
        List<IdentifierView> identifiers = em.createQuery("SELECT i FROM PatientIdentifier i WHERE i.patient = :patient"
                        + " ORDER BY i.issuer", PatientIdentifier.class)
                .setParameter("patient", patient).getResultStream().map(IdentifierView::of).toList();
        auditTrail.record(AuditAction.PATIENT_VIEWED, patient.getMrn().value(), AuditOutcome.SUCCESS, "identifiers");
        return identifiers;
    }

    /** The MRN of the patient another system knows by this identifier (through the blind index). */
    @RolesAllowed({Roles.ADMIN, Roles.DOCTOR, Roles.NURSE, Roles.RECEPTIONIST, Roles.BILLING, Roles.LAB_TECH, Roles.LAB_SYSTEM})
    public Optional<String> findByIdentifier(String issuer, String value) {
        if (issuer == null || value == null || value.isBlank()) {
            return Optional.empty();
        }
        Optional<String> mrn = em.createQuery("SELECT i.patient.mrn FROM PatientIdentifier i WHERE i.issuer = :issuer"
                        + " AND i.valueIndex = :index", MedicalRecordNumber.class)
                .setParameter("issuer", issuer.strip()).setParameter("index", identifierIndex(issuer.strip(), value.strip()))
                .getResultStream().findFirst().map(MedicalRecordNumber::value);
        auditTrail.record(AuditAction.PATIENT_SEARCHED, mrn.orElse(null), mrn.isPresent() ? AuditOutcome.SUCCESS : AuditOutcome.NOT_FOUND,
                "by identifier of " + issuer.strip());
        return mrn;
    }

    private static long identifierIndex(String issuer, String value) {
        return ApplicationKeys.blindIndex().of("identifier:" + issuer, SearchNormalizer.nationalId(value));
    }

    private Patient existing(String mrn) {
        return PatientLookup.existing(em, mrn);
    }

    private Patient current(String mrn) {
        return PatientLookup.current(em, mrn);
    }
}
