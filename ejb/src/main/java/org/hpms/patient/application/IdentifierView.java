package org.hpms.patient.application;

import java.io.Serializable;
import java.time.Instant;
import org.hpms.patient.domain.PatientIdentifier;

/** An identifier of another system, as the patient page shows it. */
public record IdentifierView(String issuer, String value, String addedBy, Instant addedAt) implements Serializable {

    static IdentifierView of(PatientIdentifier identifier) {
        return new IdentifierView(identifier.getIssuer(), identifier.getValue(), identifier.getCreatedBy(),
                identifier.getCreatedAt());
    }
}
