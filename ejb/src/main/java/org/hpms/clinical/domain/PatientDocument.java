package org.hpms.clinical.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hpms.patient.domain.Patient;
import org.hpms.shared.crypto.PhiStringConverter;
import org.hpms.shared.files.FileKind;

/** A document attached to the chart (a referral letter, a scan, an outside report). Bytes: {@link DocumentContent}. */
@Entity
@Table(name = "patient_document")
public class PatientDocument extends VoidableRecord {

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "encounter_id", updatable = false)
    private Encounter encounter;

    @Convert(converter = PhiStringConverter.class)
    @Column(name = "title_enc", nullable = false)
    private String title;

    @Column(name = "content_type", nullable = false, length = 32, updatable = false)
    private String contentType;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private int sizeBytes;

    @Column(name = "content_sha256", nullable = false, length = 64, updatable = false)
    private String contentSha256;

    protected PatientDocument() {
    }

    public PatientDocument(Patient patient, Encounter encounter, String title, FileKind kind, int sizeBytes, String contentSha256) {
        super(patient);
        this.encounter = encounter;
        this.title = title.strip();
        this.contentType = kind.getMediaType();
        this.sizeBytes = sizeBytes;
        this.contentSha256 = contentSha256;
    }

    public Encounter getEncounter() {
        return encounter;
    }

    public String getTitle() {
        return title;
    }

    public String getContentType() {
        return contentType;
    }

    public int getSizeBytes() {
        return sizeBytes;
    }

    public String getContentSha256() {
        return contentSha256;
    }
}
