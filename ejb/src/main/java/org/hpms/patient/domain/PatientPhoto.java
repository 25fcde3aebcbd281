package org.hpms.patient.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hpms.shared.crypto.PhiBytesConverter;
import org.hpms.shared.files.FileKind;
import org.hpms.shared.persistence.AuditedEntity;

/** The patient's photograph (JPEG or PNG), encrypted; one per patient, replaced when retaken. */
@Entity
@Table(name = "patient_photo")
public class PatientPhoto extends AuditedEntity {

    @Id
    @Column(name = "patient_id")
    private Long patientId;

    @Column(name = "content_type", nullable = false, length = 32)
    private String contentType;

    @Convert(converter = PhiBytesConverter.class)
    @Column(name = "content_enc", nullable = false)
    private byte[] content;

    protected PatientPhoto() {
    }

    public PatientPhoto(Patient patient, FileKind kind, byte[] content) {
        this.patientId = patient.getId();
        replace(kind, content);
    }

    public final void replace(FileKind kind, byte[] content) {
        this.contentType = kind.getMediaType();
        this.content = content.clone();
    }

    public String getContentType() {
        return contentType;
    }

    public byte[] getContent() {
        return content.clone();
    }
}
