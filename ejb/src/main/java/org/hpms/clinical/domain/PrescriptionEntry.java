package org.hpms.clinical.domain;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/** What a doctor writes on a prescription. An empty duration means until stopped. */
public class PrescriptionEntry implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String TEXT = "[^\\p{Cntrl}]*";

    @NotBlank(message = "Drug is required")
    @Size(max = 200, message = "Drug must be at most 200 characters")
    @Pattern(regexp = TEXT, message = "Drug contains control characters")
    private String drug;

    @NotBlank(message = "Dose is required")
    @Size(max = 100, message = "Dose must be at most 100 characters")
    @Pattern(regexp = TEXT, message = "Dose contains control characters")
    private String dose;

    @NotNull(message = "Route is required")
    private MedicationRoute route;

    @NotBlank(message = "Frequency is required")
    @Size(max = 100, message = "Frequency must be at most 100 characters")
    @Pattern(regexp = TEXT, message = "Frequency contains control characters")
    private String frequency;

    @Min(value = 1, message = "Duration must be at least 1 day")
    @Max(value = 365, message = "Duration must be at most 365 days; leave it empty for a long-term medication")
    private Integer durationDays;

    @Size(max = 500, message = "Instructions must be at most 500 characters")
    private String instructions;

    public String getDrug() {
        return drug;
    }

    public void setDrug(String drug) {
        this.drug = drug;
    }

    public String getDose() {
        return dose;
    }

    public void setDose(String dose) {
        this.dose = dose;
    }

    public MedicationRoute getRoute() {
        return route;
    }

    public void setRoute(MedicationRoute route) {
        this.route = route;
    }

    public String getFrequency() {
        return frequency;
    }

    public void setFrequency(String frequency) {
        this.frequency = frequency;
    }

    public Integer getDurationDays() {
        return durationDays;
    }

    public void setDurationDays(Integer durationDays) {
        this.durationDays = durationDays;
    }

    public String getInstructions() {
        return instructions;
    }

    public void setInstructions(String instructions) {
        this.instructions = instructions;
    }
}
