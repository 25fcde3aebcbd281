package org.hpms.clinical.application;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import org.hpms.clinical.domain.VitalSigns;

/** One set of vital signs as screens, charts and the API show it. */
public record VitalsView(String id, String encounterId, Instant measuredAt, Integer systolic, Integer diastolic, Integer pulse,
                         BigDecimal temperature, Integer respiratoryRate, Integer oxygenSaturation, BigDecimal weight,
                         BigDecimal height, BigDecimal bmi, String recordedBy) implements Serializable {

    static VitalsView of(VitalSigns vitals) {
        return new VitalsView(vitals.getPublicId(), vitals.getEncounter().getPublicId(), vitals.getMeasuredAt(),
                vitals.getSystolic(), vitals.getDiastolic(), vitals.getPulse(), vitals.getTemperature(),
                vitals.getRespiratoryRate(), vitals.getOxygenSaturation(), vitals.getWeight(), vitals.getHeight(),
                vitals.getBmi(), vitals.getCreatedBy());
    }

    /** "120/80", or null without a pressure. */
    public String bloodPressure() {
        return systolic == null ? null : systolic + "/" + diastolic;
    }
}
