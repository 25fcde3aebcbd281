package org.hpms.clinical.domain;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hpms.patient.domain.Patient;
import org.hpms.shared.crypto.PhiStringConverter;

/** An allergy or intolerance of a patient. Voided (with who, when, why) instead of deleted. */
@Entity
@Table(name = "allergy")
@AttributeOverride(name = "publicId", column = @Column(name = "allergy_uid", nullable = false, unique = true, length = 36,
        updatable = false)) // the allergy table is older than the public_id convention
public class Allergy extends VoidableRecord {

    @Convert(converter = PhiStringConverter.class)
    @Column(name = "substance_enc", nullable = false)
    private String substance;

    @Enumerated(EnumType.STRING)
    @Column(name = "category", nullable = false, length = 16)
    private AllergyCategory category;

    @Convert(converter = PhiStringConverter.class)
    @Column(name = "reaction_enc")
    private String reaction;

    @Enumerated(EnumType.STRING)
    @Column(name = "severity", nullable = false, length = 20)
    private AllergySeverity severity;

    protected Allergy() {
    }

    public Allergy(Patient patient, AllergyEntry entry) {
        super(patient);
        this.substance = entry.getSubstance().strip();
        this.category = entry.getCategory();
        this.reaction = entry.getReaction() == null || entry.getReaction().isBlank() ? null : entry.getReaction().strip();
        this.severity = entry.getSeverity();
    }

    public String getSubstance() {
        return substance;
    }

    public AllergyCategory getCategory() {
        return category;
    }

    public String getReaction() {
        return reaction;
    }

    public AllergySeverity getSeverity() {
        return severity;
    }
}
