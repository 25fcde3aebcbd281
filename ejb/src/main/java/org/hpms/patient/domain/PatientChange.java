package org.hpms.patient.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hpms.shared.crypto.PhiStringConverter;

/** One line of a patient's demographic change history: who changed which field when, from what to what. Append-only. */
@Entity
@Table(name = "patient_change")
public class PatientChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "patient_id", nullable = false, updatable = false)
    private Patient patient;

    @Column(name = "changed_at", nullable = false, updatable = false)
    private Instant changedAt;

    @Column(name = "changed_by", nullable = false, length = 64, updatable = false)
    private String changedBy;

    @Column(name = "field_name", nullable = false, length = 40, updatable = false)
    private String field;

    @Convert(converter = PhiStringConverter.class)
    @Column(name = "old_value_enc", updatable = false)
    private String oldValue;

    @Convert(converter = PhiStringConverter.class)
    @Column(name = "new_value_enc", updatable = false)
    private String newValue;

    protected PatientChange() {
    }

    public PatientChange(Patient patient, FieldChange change, String changedBy, Instant changedAt) {
        this.patient = patient;
        this.field = change.field();
        this.oldValue = change.oldValue();
        this.newValue = change.newValue();
        this.changedBy = changedBy;
        this.changedAt = changedAt;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public String getField() {
        return field;
    }

    public String getOldValue() {
        return oldValue;
    }

    public String getNewValue() {
        return newValue;
    }
}
