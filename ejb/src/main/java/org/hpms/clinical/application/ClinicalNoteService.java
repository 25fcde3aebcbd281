package org.hpms.clinical.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import org.hpms.audit.domain.AuditAction;
import org.hpms.clinical.domain.ClinicalNote;
import org.hpms.clinical.domain.Encounter;
import org.hpms.clinical.domain.NoteType;
import org.hpms.patient.domain.Patient;
import org.hpms.security.Roles;

/**
 * Clinical notes: written and signed by doctors and nurses, never edited; a correction is an
 * amendment that keeps the original. Receptionists, billing and lab staff cannot read them.
 */
@Stateless
@RolesAllowed({Roles.DOCTOR, Roles.NURSE})
public class ClinicalNoteService {

    public static final int MAX_LENGTH = 20_000;

    @PersistenceContext
    EntityManager em;

    @Inject
    ChartRecords records;

    /** Saves the note signed by the caller; returns its id. */
    public String sign(String encounterId, NoteType type, String text) {
        Encounter encounter = records.encounter(encounterId);
        Map<String, String> problems = check(text);
        if (type == null) {
            problems.put("type", "Type of note is required");
        }
        records.refuseIfAny(problems, AuditAction.NOTE_SIGNED, encounter.getPatient());
        ClinicalNote note = new ClinicalNote(encounter, type, text, records.callerName(), Instant.now());
        em.persist(note);
        records.audited(AuditAction.NOTE_SIGNED, encounter.getPatient(), type.name());
        return note.getPublicId();
    }

    /** Corrects a note: a new signed version with the reason; the original stays readable. Returns the new id. */
    public String amend(String noteId, String correctedText, String reason) {
        ClinicalNote original = records.record(ClinicalNote.class, noteId, "note", "No such note");
        Patient patient = original.getPatient();
        Map<String, String> problems = check(correctedText);
        if (reason == null || reason.strip().length() < ChartRecords.MIN_REASON) {
            problems.put("amendmentReason", "Give a reason for the amendment (at least " + ChartRecords.MIN_REASON + " characters)");
        }
        if (original.isAmended()) {
            problems.put("note", "This note has been amended already; amend its latest version");
        }
        records.refuseIfAny(problems, AuditAction.NOTE_AMENDED, patient);
        ClinicalNote amendment = ClinicalNote.amendmentOf(original, correctedText, reason, records.callerName(), Instant.now());
        em.persist(amendment);
        records.audited(AuditAction.NOTE_AMENDED, patient, null);
        return amendment.getPublicId();
    }

    private static Map<String, String> check(String text) {
        Map<String, String> problems = new TreeMap<>();
        if (text == null || text.isBlank()) {
            problems.put("text", "The note is empty");
        } else if (text.length() > MAX_LENGTH) {
            problems.put("text", "A note must be at most " + MAX_LENGTH + " characters");
        }
        return problems;
    }
}
