package org.hpms.clinical.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hpms.shared.crypto.PhiStringConverter;
import org.hpms.shared.crypto.Sha256;

/**
 * A typed note, signed by its author when saved: who, when, and a SHA-256 of the text, so that a
 * changed text no longer matches its signature. Notes are never edited: an amendment is a new signed
 * note pointing at the one it corrects, which stays readable, marked as amended.
 */
@Entity
@Table(name = "clinical_note")
public class ClinicalNote extends PatientRecord {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "encounter_id", nullable = false, updatable = false)
    private Encounter encounter;

    @Enumerated(EnumType.STRING)
    @Column(name = "note_type", nullable = false, length = 20, updatable = false)
    private NoteType type;

    @Convert(converter = PhiStringConverter.class)
    @Column(name = "text_enc", nullable = false, updatable = false)
    private String text;

    @Column(name = "text_sha256", nullable = false, length = 64, updatable = false)
    private String textSha256;

    @Column(name = "signed_by", nullable = false, length = 64, updatable = false)
    private String signedBy;

    @Column(name = "signed_at", nullable = false, updatable = false)
    private Instant signedAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "amends_note_id", updatable = false)
    private ClinicalNote amends;

    @Convert(converter = PhiStringConverter.class)
    @Column(name = "amendment_reason_enc", updatable = false)
    private String amendmentReason;

    @Column(name = "amended", nullable = false)
    private boolean amended;

    protected ClinicalNote() {
    }

    public ClinicalNote(Encounter encounter, NoteType type, String text, String author, Instant signedAt) {
        super(encounter.getPatient());
        this.encounter = encounter;
        this.type = type;
        this.text = text.strip();
        this.textSha256 = Sha256.hex(this.text);
        this.signedBy = author;
        this.signedAt = signedAt;
    }

    /** A corrected version of {@code original}, signed by {@code author}; the original is marked as amended. */
    public static ClinicalNote amendmentOf(ClinicalNote original, String text, String reason, String author, Instant signedAt) {
        if (original.amended) {
            throw new IllegalStateException("Only the latest version of a note can be amended");
        }
        ClinicalNote amendment = new ClinicalNote(original.encounter, original.type, text, author, signedAt);
        amendment.amends = original;
        amendment.amendmentReason = reason.strip();
        original.amended = true;
        return amendment;
    }

    /** True while the text is the one that was signed. */
    public boolean isSignatureValid() {
        return Sha256.hex(text).equals(textSha256);
    }

    public Encounter getEncounter() {
        return encounter;
    }

    public NoteType getType() {
        return type;
    }

    public String getText() {
        return text;
    }

    public String getSignedBy() {
        return signedBy;
    }

    public Instant getSignedAt() {
        return signedAt;
    }

    public ClinicalNote getAmends() {
        return amends;
    }

    public String getAmendmentReason() {
        return amendmentReason;
    }

    public boolean isAmended() {
        return amended;
    }
}
