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
import java.time.Instant;
import java.time.LocalDate;
import org.hpms.shared.crypto.PhiStringConverter;

/** A prescription written in an encounter. Stopped (with who, when, why), never deleted. */
@Entity
@Table(name = "medication_order")
public class MedicationOrder extends PatientRecord {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "encounter_id", nullable = false, updatable = false)
    private Encounter encounter;

    @Convert(converter = PhiStringConverter.class)
    @Column(name = "drug_enc", nullable = false)
    private String drug;

    @Convert(converter = PhiStringConverter.class)
    @Column(name = "dose_enc", nullable = false)
    private String dose;

    @Enumerated(EnumType.STRING)
    @Column(name = "route", nullable = false, length = 20)
    private MedicationRoute route;

    @Convert(converter = PhiStringConverter.class)
    @Column(name = "frequency_enc", nullable = false)
    private String frequency;

    @Column(name = "duration_days")
    private Integer durationDays;

    @Convert(converter = PhiStringConverter.class)
    @Column(name = "instructions_enc")
    private String instructions;

    @Column(name = "prescriber", nullable = false, length = 64, updatable = false)
    private String prescriber;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "end_date")
    private LocalDate endDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private MedicationStatus status;

    @Column(name = "stopped_at")
    private Instant stoppedAt;

    @Column(name = "stopped_by", length = 64)
    private String stoppedBy;

    @Convert(converter = PhiStringConverter.class)
    @Column(name = "stop_reason_enc")
    private String stopReason;

    protected MedicationOrder() {
    }

    public MedicationOrder(Encounter encounter, PrescriptionEntry entry, String prescriber, LocalDate startDate) {
        super(encounter.getPatient());
        this.encounter = encounter;
        this.drug = entry.getDrug().strip();
        this.dose = entry.getDose().strip();
        this.route = entry.getRoute();
        this.frequency = entry.getFrequency().strip();
        this.durationDays = entry.getDurationDays();
        this.instructions = entry.getInstructions() == null || entry.getInstructions().isBlank() ? null : entry.getInstructions().strip();
        this.prescriber = prescriber;
        this.startDate = startDate;
        this.endDate = durationDays == null ? null : startDate.plusDays(durationDays - 1L);
        this.status = MedicationStatus.ACTIVE;
    }

    public void stop(String who, String reason) {
        if (status == MedicationStatus.STOPPED) {
            throw new IllegalStateException("Already stopped");
        }
        status = MedicationStatus.STOPPED;
        stoppedAt = Instant.now();
        stoppedBy = who;
        stopReason = reason;
    }

    /** The last day the patient takes it, or null while open-ended. */
    public LocalDate getEndDate() {
        return endDate;
    }

    /** Taken on this day: not stopped, started, and within its duration. */
    public boolean isCurrentOn(LocalDate day) {
        return status == MedicationStatus.ACTIVE && !startDate.isAfter(day) && (endDate == null || !endDate.isBefore(day));
    }

    public Encounter getEncounter() {
        return encounter;
    }

    public String getDrug() {
        return drug;
    }

    public String getDose() {
        return dose;
    }

    public MedicationRoute getRoute() {
        return route;
    }

    public String getFrequency() {
        return frequency;
    }

    public Integer getDurationDays() {
        return durationDays;
    }

    public String getInstructions() {
        return instructions;
    }

    public String getPrescriber() {
        return prescriber;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public MedicationStatus getStatus() {
        return status;
    }

    public Instant getStoppedAt() {
        return stoppedAt;
    }

    public String getStoppedBy() {
        return stoppedBy;
    }

    public String getStopReason() {
        return stopReason;
    }
}
