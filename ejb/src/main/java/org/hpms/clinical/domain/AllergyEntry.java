package org.hpms.clinical.domain;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/** What a clinician records about an allergy; the constraints are the one definition of valid. */
public class AllergyEntry implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank(message = "Substance is required")
    @Size(max = 200, message = "Substance must be at most 200 characters")
    @Pattern(regexp = "[^\\p{Cntrl}]*", message = "Substance contains control characters")
    private String substance;

    @NotNull(message = "Category is required")
    private AllergyCategory category;

    @Size(max = 500, message = "Reaction must be at most 500 characters")
    private String reaction;

    @NotNull(message = "Severity is required")
    private AllergySeverity severity;

    public String getSubstance() {
        return substance;
    }

    public void setSubstance(String substance) {
        this.substance = substance;
    }

    public AllergyCategory getCategory() {
        return category;
    }

    public void setCategory(AllergyCategory category) {
        this.category = category;
    }

    public String getReaction() {
        return reaction;
    }

    public void setReaction(String reaction) {
        this.reaction = reaction;
    }

    public AllergySeverity getSeverity() {
        return severity;
    }

    public void setSeverity(AllergySeverity severity) {
        this.severity = severity;
    }
}
