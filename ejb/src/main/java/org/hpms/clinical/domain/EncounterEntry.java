package org.hpms.clinical.domain;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/** What is entered to open an encounter. Ward and bed are required for inpatient admissions (checked by the service). */
public class EncounterEntry implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotNull(message = "Type of visit is required")
    private EncounterType type;

    @NotBlank(message = "Attending doctor is required")
    @Size(max = 64, message = "Attending doctor must be at most 64 characters")
    private String attendingDoctor;

    @NotBlank(message = "Chief complaint is required")
    @Size(max = 500, message = "Chief complaint must be at most 500 characters")
    @Pattern(regexp = "[^\\p{Cntrl}]*", message = "Chief complaint contains control characters")
    private String chiefComplaint;

    @Size(max = 40, message = "Ward must be at most 40 characters")
    @Pattern(regexp = "[\\p{L}\\p{N} ./-]*", message = "Ward may contain only letters, digits, spaces and . / -")
    private String ward;

    @Size(max = 20, message = "Bed must be at most 20 characters")
    @Pattern(regexp = "[\\p{L}\\p{N} ./-]*", message = "Bed may contain only letters, digits, spaces and . / -")
    private String bed;

    public EncounterType getType() {
        return type;
    }

    public void setType(EncounterType type) {
        this.type = type;
    }

    public String getAttendingDoctor() {
        return attendingDoctor;
    }

    public void setAttendingDoctor(String attendingDoctor) {
        this.attendingDoctor = attendingDoctor;
    }

    public String getChiefComplaint() {
        return chiefComplaint;
    }

    public void setChiefComplaint(String chiefComplaint) {
        this.chiefComplaint = chiefComplaint;
    }

    public String getWard() {
        return ward;
    }

    public void setWard(String ward) {
        this.ward = ward;
    }

    public String getBed() {
        return bed;
    }

    public void setBed(String bed) {
        this.bed = bed;
    }
}
