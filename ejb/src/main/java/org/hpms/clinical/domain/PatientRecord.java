package org.hpms.clinical.domain;

import jakarta.persistence.Column;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import java.util.UUID;
import org.hpms.patient.domain.Patient;
import org.hpms.shared.persistence.AuditedEntity;

/**
 * Something recorded in a patient's chart. Addressed from outside by a random public id; the
 * patient reference changes only when two records of the same person are merged.
 */
@MappedSuperclass
public abstract class PatientRecord extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "public_id", nullable = false, unique = true, length = 36, updatable = false)
    private String publicId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "patient_id", nullable = false)
    private Patient patient;

    protected PatientRecord() {
    }

    protected PatientRecord(Patient patient) {
        this.publicId = UUID.randomUUID().toString();
        this.patient = patient;
    }

    public Long getId() {
        return id;
    }

    public String getPublicId() {
        return publicId;
    }

    public Patient getPatient() {
        return patient;
    }
}
