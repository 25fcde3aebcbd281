package org.hpms.clinical.domain;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * One set of measurements; any of them may be left out, not all. Units: mmHg, beats and breaths per
 * minute, degrees Celsius, percent, kilograms, centimetres. Plausibility: {@link VitalSignsRules}.
 */
public class VitalSignsEntry implements Serializable {

    private static final long serialVersionUID = 1L;

    private Integer systolic;
    private Integer diastolic;
    private Integer pulse;
    private BigDecimal temperature;
    private Integer respiratoryRate;
    private Integer oxygenSaturation;
    private BigDecimal weight;
    private BigDecimal height;

    public boolean isEmpty() {
        return systolic == null && diastolic == null && pulse == null && temperature == null && respiratoryRate == null
                && oxygenSaturation == null && weight == null && height == null;
    }

    public Integer getSystolic() {
        return systolic;
    }

    public void setSystolic(Integer systolic) {
        this.systolic = systolic;
    }

    public Integer getDiastolic() {
        return diastolic;
    }

    public void setDiastolic(Integer diastolic) {
        this.diastolic = diastolic;
    }

    public Integer getPulse() {
        return pulse;
    }

    public void setPulse(Integer pulse) {
        this.pulse = pulse;
    }

    public BigDecimal getTemperature() {
        return temperature;
    }

    public void setTemperature(BigDecimal temperature) {
        this.temperature = temperature;
    }

    public Integer getRespiratoryRate() {
        return respiratoryRate;
    }

    public void setRespiratoryRate(Integer respiratoryRate) {
        this.respiratoryRate = respiratoryRate;
    }

    public Integer getOxygenSaturation() {
        return oxygenSaturation;
    }

    public void setOxygenSaturation(Integer oxygenSaturation) {
        this.oxygenSaturation = oxygenSaturation;
    }

    public BigDecimal getWeight() {
        return weight;
    }

    public void setWeight(BigDecimal weight) {
        this.weight = weight;
    }

    public BigDecimal getHeight() {
        return height;
    }

    public void setHeight(BigDecimal height) {
        this.height = height;
    }
}
