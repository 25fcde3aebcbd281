package org.hpms.clinical.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.hpms.audit.domain.AuditAction;
import org.hpms.clinical.domain.DocumentContent;
import org.hpms.clinical.domain.Encounter;
import org.hpms.clinical.domain.PatientDocument;
import org.hpms.patient.domain.Patient;
import org.hpms.security.Roles;
import org.hpms.shared.crypto.Sha256;
import org.hpms.shared.files.FileKind;

/**
 * Documents attached to a chart: PDF, PNG or JPEG (recognised by content, not by name), at most
 * {@value #MAX_BYTES} bytes, stored encrypted. Doctors and nurses only.
 */
@Stateless
@RolesAllowed({Roles.DOCTOR, Roles.NURSE})
public class DocumentService {

    public static final int MAX_BYTES = 10 * 1024 * 1024;

    @PersistenceContext
    EntityManager em;

    @Inject
    ChartRecords records;

    /**
     * Attaches a document to the patient's chart, to an encounter when {@code encounterId} is given.
     * {@code declaredType} is what the browser said the file is; it must agree with the content.
     */
    public String attach(String mrn, String encounterId, String title, String declaredType, byte[] content) {
        Patient patient = records.patient(mrn);
        Encounter encounter = encounterId == null || encounterId.isBlank() ? null : records.encounter(encounterId);
        if (encounter != null && !encounter.getPatient().getId().equals(patient.getId())) {
            records.refuseIfAny(Map.of("encounter", "The encounter belongs to another patient"), AuditAction.DOCUMENT_ATTACHED, patient);
        }
        Map<String, String> problems = new TreeMap<>();
        if (title == null || title.isBlank()) {
            problems.put("title", "Title is required");
        } else if (title.length() > 200) {
            problems.put("title", "Title must be at most 200 characters");
        }
        Optional<FileKind> kind = FileKind.of(content);
        if (content == null || content.length == 0) {
            problems.put("file", "The file is empty");
        } else if (content.length > MAX_BYTES) {
            problems.put("file", "The file is " + megabytes(content.length) + "; at most " + megabytes(MAX_BYTES) + " can be attached");
        } else if (kind.isEmpty()) {
            problems.put("file", "Only PDF, PNG and JPEG files can be attached");
        } else if (declaredType != null && !declaredType.isBlank()
                && !kind.get().getMediaType().equalsIgnoreCase(declaredType.strip())) {
            problems.put("file", "The file claims to be " + declaredType.strip() + " but its content is " + kind.get().getMediaType());
        }
        records.refuseIfAny(problems, AuditAction.DOCUMENT_ATTACHED, patient);
        PatientDocument document = new PatientDocument(patient, encounter, title, kind.get(), content.length, Sha256.hex(content));
        em.persist(document);
        em.flush(); // the content row is keyed by the document's generated id
        em.persist(new DocumentContent(document, content));
        records.audited(AuditAction.DOCUMENT_ATTACHED, patient, kind.get().name() + ", " + content.length + " bytes");
        return document.getPublicId();
    }

    /** The documents of the patient (without their bytes), newest first. Audited when read. */
    public List<DocumentView> list(String mrn) {
        Patient patient = records.patient(mrn);
        List<DocumentView> documents = em.createQuery("SELECT d FROM PatientDocument d LEFT JOIN FETCH d.encounter"
                        + " WHERE d.patient = :patient AND d.voided = false ORDER BY d.id DESC", PatientDocument.class)
                .setParameter("patient", patient).getResultStream().map(DocumentView::of).toList();
        records.audited(AuditAction.CHART_VIEWED, patient, "documents");
        return documents;
    }

    /** Decrypts a document for viewing or download; every opening is audited. */
    public DocumentFile open(String documentId) {
        PatientDocument document = records.record(PatientDocument.class, documentId, "document", "No such document");
        if (document.isVoided()) {
            records.refuseIfAny(Map.of("document", "This document was voided"), AuditAction.DOCUMENT_OPENED, document.getPatient());
        }
        byte[] content = em.find(DocumentContent.class, document.getId()).getContent();
        records.audited(AuditAction.DOCUMENT_OPENED, document.getPatient(), null);
        return new DocumentFile(document.getTitle(), document.getContentType(), content);
    }

    public void voidDocument(String documentId, String reason) {
        PatientDocument document = records.record(PatientDocument.class, documentId, "document", "No such document");
        records.requireReason(reason, "voidReason", AuditAction.DOCUMENT_VOIDED, document.getPatient());
        if (document.isVoided()) {
            records.refuseIfAny(Map.of("document", "Already voided"), AuditAction.DOCUMENT_VOIDED, document.getPatient());
        }
        document.voidIt(records.callerName(), reason.strip());
        records.audited(AuditAction.DOCUMENT_VOIDED, document.getPatient(), null);
    }

    private static String megabytes(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
