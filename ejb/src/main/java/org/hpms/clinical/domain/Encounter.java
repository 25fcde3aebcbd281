package org.hpms.clinical.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hpms.patient.domain.Patient;
import org.hpms.shared.crypto.PhiStringConverter;

/** A visit of a patient; everything recorded during the visit links to it. */
@Entity
@Table(name = "encounter")
public class Encounter extends VoidableRecord {

    @Enumerated(EnumType.STRING)
    @Column(name = "encounter_type", nullable = false, length = 16, updatable = false)
    private EncounterType type;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "ended_at")
    private Instant endedAt;

    @Column(name = "attending_doctor", nullable = false, length = 64)
    private String attendingDoctor;

    @Convert(converter = PhiStringConverter.class)
    @Column(name = "chief_complaint_enc", nullable = false)
    private String chiefComplaint;

    @Column(name = "ward", length = 40)
    private String ward;

    @Column(name = "bed", length = 20)
    private String bed;

    @Convert(converter = PhiStringConverter.class)
    @Column(name = "discharge_summary_enc")
    private String dischargeSummary;

    protected Encounter() {
    }

    public Encounter(Patient patient, EncounterEntry entry, Instant startedAt) {
        super(patient);
        this.type = entry.getType();
        this.startedAt = startedAt;
        this.attendingDoctor = entry.getAttendingDoctor().strip();
        this.chiefComplaint = entry.getChiefComplaint().strip();
        if (type == EncounterType.INPATIENT) {
            this.ward = entry.getWard().strip();
            this.bed = entry.getBed().strip();
        }
    }

    /** Ends the visit; an inpatient's bed is free from now on. */
    public void end(Instant at, String summary) {
        if (!isOpen()) {
            throw new IllegalStateException("Encounter already ended");
        }
        this.endedAt = at;
        this.dischargeSummary = summary == null || summary.isBlank() ? null : summary.strip();
    }

    public boolean isOpen() {
        return endedAt == null;
    }

    public EncounterType getType() {
        return type;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getEndedAt() {
        return endedAt;
    }

    public String getAttendingDoctor() {
        return attendingDoctor;
    }

    public String getChiefComplaint() {
        return chiefComplaint;
    }

    public String getWard() {
        return ward;
    }

    public String getBed() {
        return bed;
    }

    public String getDischargeSummary() {
        return dischargeSummary;
    }
}
