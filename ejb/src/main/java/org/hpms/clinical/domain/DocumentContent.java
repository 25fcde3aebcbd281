package org.hpms.clinical.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hpms.shared.crypto.PhiBytesConverter;

/** The encrypted bytes of a {@link PatientDocument}, read only when someone opens it. */
@Entity
@Table(name = "patient_document_content")
public class DocumentContent {

    @Id
    @Column(name = "document_id")
    private Long documentId;

    @Convert(converter = PhiBytesConverter.class)
    @Column(name = "content_enc", nullable = false)
    private byte[] content;

    protected DocumentContent() {
    }

    public DocumentContent(PatientDocument document, byte[] content) {
        this.documentId = document.getId();
        this.content = content.clone();
    }

    public byte[] getContent() {
        return content.clone();
    }
}
