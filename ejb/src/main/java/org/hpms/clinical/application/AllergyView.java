package org.hpms.clinical.application;

import java.io.Serializable;
import java.time.Instant;
import org.hpms.clinical.domain.Allergy;
import org.hpms.clinical.domain.AllergyCategory;
import org.hpms.clinical.domain.AllergySeverity;

/** An active allergy as the patient screens show it. */
public record AllergyView(String uid, String substance, AllergyCategory category, String reaction, AllergySeverity severity,
                          String recordedBy, Instant recordedAt) implements Serializable {

    static AllergyView of(Allergy allergy) {
        return new AllergyView(allergy.getPublicId(), allergy.getSubstance(), allergy.getCategory(), allergy.getReaction(),
                allergy.getSeverity(), allergy.getCreatedBy(), allergy.getCreatedAt());
    }

    /** "Penicillin (severe: anaphylaxis)", for banners. */
    public String summary() {
        return substance + " (" + severity.getLabel().toLowerCase() + (reaction == null ? "" : ": " + reaction) + ")";
    }
}
