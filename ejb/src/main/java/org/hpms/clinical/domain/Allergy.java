package org.hpms.clinical.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hpms.patient.domain.Patient;
import org.hpms.shared.crypto.PhiStringConverter;
import org.hpms.shared.persistence.AuditedEntity;

/** An allergy or intolerance of a patient. Voided (with who, when, why) instead of deleted. */
@Entity
@Table(name = "allergy")
public class Allergy extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "allergy_uid", nullable = false, unique = true, length = 36, updatable = false)
    private String uid;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "patient_id", nullable = false, updatable = false)
    private Patient patient;

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

    @Column(name = "voided", nullable = false)
    private boolean voided;

    @Column(name = "voided_at")
    private Instant voidedAt;

    @Column(name = "voided_by", length = 64)
    private String voidedBy;

    @Convert(converter = PhiStringConverter.class)
    @Column(name = "void_reason_enc")
    private String voidReason;

    protected Allergy() {
    }

    public Allergy(Patient patient, AllergyEntry entry) {
        this.uid = UUID.randomUUID().toString();
        this.patient = patient;
        this.substance = entry.getSubstance().strip();
        this.category = entry.getCategory();
        this.reaction = entry.getReaction() == null || entry.getReaction().isBlank() ? null : entry.getReaction().strip();
        this.severity = entry.getSeverity();
    }

    public void voidIt(String who, String reason) {
        if (voided) {
            throw new IllegalStateException("Allergy already voided");
        }
        this.voided = true;
        this.voidedAt = Instant.now();
        this.voidedBy = who;
        this.voidReason = reason;
    }

    public String getUid() {
        return uid;
    }

    public Patient getPatient() {
        return patient;
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

    public boolean isVoided() {
        return voided;
    }

    public String getVoidReason() {
        return voidReason;
    }

    public String getVoidedBy() {
        return voidedBy;
    }
}
