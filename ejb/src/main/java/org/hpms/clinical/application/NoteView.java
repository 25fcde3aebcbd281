package org.hpms.clinical.application;

import java.io.Serializable;
import java.time.Instant;
import org.hpms.clinical.domain.ClinicalNote;
import org.hpms.clinical.domain.NoteType;

/** A signed note; {@code amendsId} names the note it corrects, {@code amended} says a newer version exists. */
public record NoteView(String id, String encounterId, NoteType type, String text, String signedBy, Instant signedAt,
                       boolean signatureValid, String amendsId, String amendmentReason, boolean amended) implements Serializable {

    static NoteView of(ClinicalNote note) {
        return new NoteView(note.getPublicId(), note.getEncounter().getPublicId(), note.getType(), note.getText(),
                note.getSignedBy(), note.getSignedAt(), note.isSignatureValid(),
                note.getAmends() == null ? null : note.getAmends().getPublicId(), note.getAmendmentReason(), note.isAmended());
    }
}
