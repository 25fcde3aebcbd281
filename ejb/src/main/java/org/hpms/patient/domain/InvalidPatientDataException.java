package org.hpms.patient.domain;

import jakarta.ejb.ApplicationException;
import java.util.Map;

/** Registration data that breaks a rule; maps each offending field to the reason, for the caller to show. */
@ApplicationException(rollback = true)
public class InvalidPatientDataException extends RuntimeException {

    private final Map<String, String> fieldErrors;

    public InvalidPatientDataException(Map<String, String> fieldErrors) {
        super("Invalid patient data: " + String.join(", ", fieldErrors.keySet()));
        this.fieldErrors = Map.copyOf(fieldErrors);
    }

    public Map<String, String> getFieldErrors() {
        return fieldErrors;
    }
}
