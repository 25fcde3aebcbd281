package org.hpms.clinical.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import org.hpms.shared.crypto.PhiDecimalConverter;
import org.hpms.shared.crypto.PhiIntegerConverter;

/** One set of vital signs measured in an encounter; BMI is computed, never typed. */
@Entity
@Table(name = "vital_signs")
public class VitalSigns extends VoidableRecord {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "encounter_id", nullable = false, updatable = false)
    private Encounter encounter;

    @Column(name = "measured_at", nullable = false)
    private Instant measuredAt;

    @Convert(converter = PhiIntegerConverter.class)
    @Column(name = "systolic_enc")
    private Integer systolic;

    @Convert(converter = PhiIntegerConverter.class)
    @Column(name = "diastolic_enc")
    private Integer diastolic;

    @Convert(converter = PhiIntegerConverter.class)
    @Column(name = "pulse_enc")
    private Integer pulse;

    @Convert(converter = PhiDecimalConverter.class)
    @Column(name = "temperature_enc")
    private BigDecimal temperature;

    @Convert(converter = PhiIntegerConverter.class)
    @Column(name = "respiration_enc")
    private Integer respiratoryRate;

    @Convert(converter = PhiIntegerConverter.class)
    @Column(name = "spo2_enc")
    private Integer oxygenSaturation;

    @Convert(converter = PhiDecimalConverter.class)
    @Column(name = "weight_enc")
    private BigDecimal weight;

    @Convert(converter = PhiDecimalConverter.class)
    @Column(name = "height_enc")
    private BigDecimal height;

    @Convert(converter = PhiDecimalConverter.class)
    @Column(name = "bmi_enc")
    private BigDecimal bmi;

    protected VitalSigns() {
    }

    public VitalSigns(Encounter encounter, VitalSignsEntry entry, Instant measuredAt) {
        super(encounter.getPatient());
        this.encounter = encounter;
        this.measuredAt = measuredAt;
        this.systolic = entry.getSystolic();
        this.diastolic = entry.getDiastolic();
        this.pulse = entry.getPulse();
        this.temperature = entry.getTemperature();
        this.respiratoryRate = entry.getRespiratoryRate();
        this.oxygenSaturation = entry.getOxygenSaturation();
        this.weight = entry.getWeight();
        this.height = entry.getHeight();
        this.bmi = VitalSignsRules.bmi(weight, height);
    }

    public Encounter getEncounter() {
        return encounter;
    }

    public Instant getMeasuredAt() {
        return measuredAt;
    }

    public Integer getSystolic() {
        return systolic;
    }

    public Integer getDiastolic() {
        return diastolic;
    }

    public Integer getPulse() {
        return pulse;
    }

    public BigDecimal getTemperature() {
        return temperature;
    }

    public Integer getRespiratoryRate() {
        return respiratoryRate;
    }

    public Integer getOxygenSaturation() {
        return oxygenSaturation;
    }

    public BigDecimal getWeight() {
        return weight;
    }

    public BigDecimal getHeight() {
        return height;
    }

    public BigDecimal getBmi() {
        return bmi;
    }
}
