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
import org.hpms.shared.crypto.PhiStringConverter;
import org.hpms.shared.persistence.AuditedEntity;

/**
 * An identifier another system gave the patient (an insurer's member number, a previous hospital's
 * MRN). Unique per issuer through its blind index, so a lookup by it needs no decryption.
 */
@Entity
@Table(name = "patient_identifier")
public class PatientIdentifier extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "patient_id", nullable = false)
    private Patient patient;

    @Column(name = "issuer", nullable = false, length = 60, updatable = false)
    private String issuer;

    @Convert(converter = PhiStringConverter.class)
    @Column(name = "value_enc", nullable = false, updatable = false)
    private String value;

    @Column(name = "value_bidx", nullable = false, updatable = false)
    private long valueIndex;

    protected PatientIdentifier() {
    }

    public PatientIdentifier(Patient patient, String issuer, String value, long valueIndex) {
        this.patient = patient;
        this.issuer = issuer;
        this.value = value;
        this.valueIndex = valueIndex;
    }

    public Patient getPatient() {
        return patient;
    }

    public String getIssuer() {
        return issuer;
    }

    public String getValue() {
        return value;
    }
}
