package org.hpms.patient.application;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.Period;
import org.hpms.patient.domain.Patient;
import org.hpms.patient.domain.Sex;

/** A patient's demographics, decrypted, for the patient page. */
public record PatientDetails(String mrn, String givenName, String familyName, Sex sex, LocalDate birthDate,
                             String phone, String nationalId, String address, String emergencyContactName,
                             String emergencyContactPhone) implements Serializable {

    static PatientDetails of(Patient patient) {
        return new PatientDetails(patient.getMrn().value(), patient.getGivenName(), patient.getFamilyName(),
                patient.getSex(), patient.getBirthDate(), patient.getPhone(), patient.getNationalId(),
                patient.getAddress(), patient.getEmergencyContactName(), patient.getEmergencyContactPhone());
    }

    public String fullName() {
        return givenName + " " + familyName;
    }

    public int ageOn(LocalDate day) {
        return Period.between(birthDate, day).getYears();
    }
}
