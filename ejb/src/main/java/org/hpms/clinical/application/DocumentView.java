package org.hpms.clinical.application;

import java.io.Serializable;
import java.time.Instant;
import org.hpms.clinical.domain.PatientDocument;

/** A document in the chart, without its bytes. */
public record DocumentView(String id, String encounterId, String title, String contentType, int sizeBytes, Instant attachedAt,
                           String attachedBy) implements Serializable {

    static DocumentView of(PatientDocument document) {
        return new DocumentView(document.getPublicId(),
                document.getEncounter() == null ? null : document.getEncounter().getPublicId(), document.getTitle(),
                document.getContentType(), document.getSizeBytes(), document.getCreatedAt(), document.getCreatedBy());
    }
}
