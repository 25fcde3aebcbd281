package org.hpms.patient.application;

import java.io.Serializable;
import java.time.LocalDate;
import org.hpms.patient.domain.Patient;
import org.hpms.patient.domain.Sex;

/** One row of a patient search result. */
public record PatientSummary(String mrn, String givenName, String familyName, Sex sex, LocalDate birthDate, String phone)
        implements Serializable {

    static PatientSummary of(Patient patient) {
        return new PatientSummary(patient.getMrn().value(), patient.getGivenName(), patient.getFamilyName(),
                patient.getSex(), patient.getBirthDate(), patient.getPhone());
    }
}
