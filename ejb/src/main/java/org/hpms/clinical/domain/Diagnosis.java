package org.hpms.clinical.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.hpms.shared.crypto.PhiStringConverter;

/** A condition diagnosed in an encounter, coded with ICD-10. */
@Entity
@Table(name = "diagnosis")
public class Diagnosis extends VoidableRecord {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "encounter_id", nullable = false, updatable = false)
    private Encounter encounter;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "icd10_code", nullable = false, updatable = false)
    private Icd10Code code;

    @Enumerated(EnumType.STRING)
    @Column(name = "diagnosis_rank", nullable = false, length = 16)
    private DiagnosisRank rank;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private DiagnosisStatus status;

    @Column(name = "onset_date")
    private LocalDate onsetDate;

    @Column(name = "resolved_on")
    private LocalDate resolvedOn;

    @Convert(converter = PhiStringConverter.class)
    @Column(name = "comment_enc")
    private String comment;

    protected Diagnosis() {
    }

    public Diagnosis(Encounter encounter, Icd10Code code, DiagnosisEntry entry) {
        super(encounter.getPatient());
        this.encounter = encounter;
        this.code = code;
        this.rank = entry.getRank();
        this.status = DiagnosisStatus.ACTIVE;
        this.onsetDate = entry.getOnsetDate();
        this.comment = entry.getComment() == null || entry.getComment().isBlank() ? null : entry.getComment().strip();
    }

    public void resolve(LocalDate on) {
        if (status == DiagnosisStatus.RESOLVED) {
            throw new IllegalStateException("Diagnosis already resolved");
        }
        status = DiagnosisStatus.RESOLVED;
        resolvedOn = on;
    }

    public Encounter getEncounter() {
        return encounter;
    }

    public Icd10Code getCode() {
        return code;
    }

    public DiagnosisRank getRank() {
        return rank;
    }

    public DiagnosisStatus getStatus() {
        return status;
    }

    public LocalDate getOnsetDate() {
        return onsetDate;
    }

    public LocalDate getResolvedOn() {
        return resolvedOn;
    }

    public String getComment() {
        return comment;
    }
}
