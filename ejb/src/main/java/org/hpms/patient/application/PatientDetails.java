package org.hpms.patient.application;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.Period;
import org.hpms.patient.domain.MaritalStatus;
import org.hpms.patient.domain.Patient;
import org.hpms.patient.domain.Sex;

/**
 * A patient's demographics, decrypted, for the patient page. {@code version} is what an edit must
 * name to be accepted (optimistic locking); {@code mergedIntoMrn} is set on a merged, obsolete record.
 */
public record PatientDetails(String mrn, String givenName, String familyName, Sex sex, LocalDate birthDate,
                             String phone, String nationalId, String address, String emergencyContactName,
                             String emergencyContactPhone, String bloodGroup, MaritalStatus maritalStatus,
                             String preferredLanguage, String guardianName, String guardianRelationship, String guardianPhone,
                             String insurancePayer, String insurancePolicyNumber, LocalDate insuranceValidFrom,
                             LocalDate insuranceValidUntil, String email, long version, String mergedIntoMrn) implements Serializable {

    static PatientDetails of(Patient patient) {
        return new PatientDetails(patient.getMrn().value(), patient.getGivenName(), patient.getFamilyName(),
                patient.getSex(), patient.getBirthDate(), patient.getPhone(), patient.getNationalId(),
                patient.getAddress(), patient.getEmergencyContactName(), patient.getEmergencyContactPhone(),
                patient.getBloodGroup(), patient.getMaritalStatus(), patient.getPreferredLanguage(), patient.getGuardianName(),
                patient.getGuardianRelationship(), patient.getGuardianPhone(), patient.getInsurancePayer(),
                patient.getInsurancePolicyNumber(), patient.getInsuranceValidFrom(), patient.getInsuranceValidUntil(), patient.getEmail(),
                patient.getVersion(), patient.getMergedInto() == null ? null : patient.getMergedInto().getMrn().value());
    }

    public String fullName() {
        return givenName + " " + familyName;
    }

    public int ageOn(LocalDate day) {
        return Period.between(birthDate, day).getYears();
    }

    public boolean isMerged() {
        return mergedIntoMrn != null;
    }

    /** Insured on this day: a policy whose validity includes the day (open ends count as valid). */
    public boolean isInsuredOn(LocalDate day) {
        return insurancePolicyNumber != null && (insuranceValidFrom == null || !day.isBefore(insuranceValidFrom))
                && (insuranceValidUntil == null || !day.isAfter(insuranceValidUntil));
    }
}
