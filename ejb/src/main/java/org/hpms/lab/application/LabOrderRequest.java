package org.hpms.lab.application;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.hpms.lab.domain.LabPriority;

/** What a doctor orders from an encounter: catalogue tests or panels (our codes), how urgent, and why. */
public class LabOrderRequest implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotEmpty(message = "Choose at least one test")
    @Size(max = 20, message = "At most 20 tests in one order")
    private List<String> testCodes = new ArrayList<>();

    @NotNull(message = "Priority is required")
    private LabPriority priority = LabPriority.ROUTINE;

    @Size(max = 200, message = "Clinical information must be at most 200 characters")
    @Pattern(regexp = "[^\\p{Cntrl}]*", message = "Clinical information contains control characters")
    private String clinicalInfo;

    public LabOrderRequest() {
    }

    public LabOrderRequest(List<String> testCodes, LabPriority priority, String clinicalInfo) {
        this.testCodes = new ArrayList<>(testCodes);
        this.priority = priority;
        this.clinicalInfo = clinicalInfo;
    }

    public List<String> getTestCodes() {
        return testCodes;
    }

    public void setTestCodes(List<String> testCodes) {
        this.testCodes = testCodes == null ? new ArrayList<>() : new ArrayList<>(testCodes);
    }

    public LabPriority getPriority() {
        return priority;
    }

    public void setPriority(LabPriority priority) {
        this.priority = priority;
    }

    public String getClinicalInfo() {
        return clinicalInfo;
    }

    public void setClinicalInfo(String clinicalInfo) {
        this.clinicalInfo = clinicalInfo;
    }
}
