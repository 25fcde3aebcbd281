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

/** The record of a merge of two patient records: which survived, who merged them, why, and what moved. */
@Entity
@Table(name = "patient_merge")
public class PatientMerge {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "surviving_patient_id", nullable = false, updatable = false)
    private Patient survivor;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "obsolete_patient_id", nullable = false, updatable = false)
    private Patient obsolete;

    @Column(name = "merged_at", nullable = false, updatable = false)
    private Instant mergedAt;

    @Column(name = "merged_by", nullable = false, length = 64, updatable = false)
    private String mergedBy;

    @Convert(converter = PhiStringConverter.class)
    @Column(name = "reason_enc", nullable = false, updatable = false)
    private String reason;

    @Column(name = "moved_records", nullable = false, length = 500, updatable = false)
    private String movedRecords;

    protected PatientMerge() {
    }

    public PatientMerge(Patient survivor, Patient obsolete, String mergedBy, String reason, String movedRecords) {
        this.survivor = survivor;
        this.obsolete = obsolete;
        this.mergedAt = Instant.now();
        this.mergedBy = mergedBy;
        this.reason = reason;
        this.movedRecords = movedRecords;
    }
}
