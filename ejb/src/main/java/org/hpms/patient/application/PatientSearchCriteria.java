package org.hpms.patient.application;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** What a search may combine; blank parts are ignored, given parts must all match. */
public record PatientSearchCriteria(String mrn, String name, String phone, LocalDate birthDate, String nationalId)
        implements Serializable {

    public static PatientSearchCriteria byName(String name) {
        return new PatientSearchCriteria(null, name, null, null, null);
    }

    public boolean isEmpty() {
        return usedFilters().isEmpty();
    }

    /** Names of the filters in use, for the audit trail (never their values: those are PHI). */
    public List<String> usedFilters() {
        List<String> used = new ArrayList<>();
        if (!isBlank(mrn)) {
            used.add("mrn");
        }
        if (!isBlank(name)) {
            used.add("name");
        }
        if (!isBlank(phone)) {
            used.add("phone");
        }
        if (birthDate != null) {
            used.add("birthDate");
        }
        if (!isBlank(nationalId)) {
            used.add("nationalId");
        }
        return used;
    }

    static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
