package org.hpms.patient.domain;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The demographic facts of a patient as entered at registration. Mutable so that a registration
 * screen can bind to it; the constraints here are the single definition of what is valid, checked
 * by the screen and again by the service.
 */
public class Demographics implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String NO_CONTROL_CHARACTERS = "[^\\p{Cntrl}]*";
    private static final String PHONE = "[+0-9 ()./-]*";

    @NotBlank(message = "Given name is required")
    @Size(max = 100, message = "Given name must be at most 100 characters")
    @Pattern(regexp = NO_CONTROL_CHARACTERS, message = "Given name contains control characters")
    private String givenName;

    @NotBlank(message = "Family name is required")
    @Size(max = 100, message = "Family name must be at most 100 characters")
    @Pattern(regexp = NO_CONTROL_CHARACTERS, message = "Family name contains control characters")
    private String familyName;

    @NotNull(message = "Sex is required")
    private Sex sex;

    @NotNull(message = "Date of birth is required")
    @PastOrPresent(message = "Date of birth cannot be in the future")
    private LocalDate birthDate;

    @Size(max = 30, message = "Phone must be at most 30 characters")
    @Pattern(regexp = PHONE, message = "Phone may contain only digits, spaces and + ( ) . / -")
    private String phone;

    @Size(max = 120, message = "Email must be at most 120 characters")
    @Email(message = "Email must look like name@example.org")
    private String email;

    @Size(max = 40, message = "National id must be at most 40 characters")
    @Pattern(regexp = "[\\p{L}\\p{N} -]*", message = "National id may contain only letters, digits, spaces and dashes")
    private String nationalId;

    @Size(max = 500, message = "Address must be at most 500 characters")
    private String address;

    @Size(max = 200, message = "Emergency contact name must be at most 200 characters")
    @Pattern(regexp = NO_CONTROL_CHARACTERS, message = "Emergency contact name contains control characters")
    private String emergencyContactName;

    @Size(max = 30, message = "Emergency contact phone must be at most 30 characters")
    @Pattern(regexp = PHONE, message = "Emergency contact phone may contain only digits, spaces and + ( ) . / -")
    private String emergencyContactPhone;

    @Pattern(regexp = "|A\\+|A-|B\\+|B-|AB\\+|AB-|O\\+|O-", message = "Blood group must be one of A+, A-, B+, B-, AB+, AB-, O+, O-")
    private String bloodGroup;

    private MaritalStatus maritalStatus;

    @Size(max = 40, message = "Preferred language must be at most 40 characters")
    @Pattern(regexp = "[\\p{L} ()-]*", message = "Preferred language may contain only letters, spaces, brackets and dashes")
    private String preferredLanguage;

    @Size(max = 200, message = "Guardian / next of kin name must be at most 200 characters")
    @Pattern(regexp = NO_CONTROL_CHARACTERS, message = "Guardian / next of kin name contains control characters")
    private String guardianName;

    @Size(max = 40, message = "Relationship must be at most 40 characters")
    @Pattern(regexp = NO_CONTROL_CHARACTERS, message = "Relationship contains control characters")
    private String guardianRelationship;

    @Size(max = 30, message = "Guardian phone must be at most 30 characters")
    @Pattern(regexp = PHONE, message = "Guardian phone may contain only digits, spaces and + ( ) . / -")
    private String guardianPhone;

    @Size(max = 200, message = "Insurance payer must be at most 200 characters")
    @Pattern(regexp = NO_CONTROL_CHARACTERS, message = "Insurance payer contains control characters")
    private String insurancePayer;

    @Size(max = 60, message = "Policy number must be at most 60 characters")
    @Pattern(regexp = "[\\p{L}\\p{N} /.-]*", message = "Policy number may contain only letters, digits, spaces and / . -")
    private String insurancePolicyNumber;

    private LocalDate insuranceValidFrom;

    private LocalDate insuranceValidUntil;

    /** The blood groups a clerk can choose from. */
    public static final List<String> BLOOD_GROUPS = List.of("A+", "A-", "B+", "B-", "AB+", "AB-", "O+", "O-");

    /**
     * Rules that involve two fields: insurance needs payer and policy number together, and a validity
     * that does not end before it starts. Field name to reason.
     */
    public Map<String, String> crossFieldProblems() {
        Map<String, String> problems = new TreeMap<>();
        boolean payer = insurancePayer != null && !insurancePayer.isBlank();
        boolean policy = insurancePolicyNumber != null && !insurancePolicyNumber.isBlank();
        if (payer && !policy) {
            problems.put("insurancePolicyNumber", "Policy number is required with an insurance payer");
        } else if (policy && !payer) {
            problems.put("insurancePayer", "Insurance payer is required with a policy number");
        }
        if (insuranceValidFrom != null && insuranceValidUntil != null && insuranceValidUntil.isBefore(insuranceValidFrom)) {
            problems.put("insuranceValidUntil", "Insurance cannot end before it starts");
        }
        return problems;
    }

    /** Oldest plausible date of birth: nobody alive was born more than 130 years ago. */
    public static LocalDate earliestBirthDate(LocalDate today) {
        return today.minusYears(130);
    }

    public String getGivenName() {
        return givenName;
    }

    public void setGivenName(String givenName) {
        this.givenName = givenName;
    }

    public String getFamilyName() {
        return familyName;
    }

    public void setFamilyName(String familyName) {
        this.familyName = familyName;
    }

    public Sex getSex() {
        return sex;
    }

    public void setSex(Sex sex) {
        this.sex = sex;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public void setBirthDate(LocalDate birthDate) {
        this.birthDate = birthDate;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getNationalId() {
        return nationalId;
    }

    public void setNationalId(String nationalId) {
        this.nationalId = nationalId;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getEmergencyContactName() {
        return emergencyContactName;
    }

    public void setEmergencyContactName(String emergencyContactName) {
        this.emergencyContactName = emergencyContactName;
    }

    public String getEmergencyContactPhone() {
        return emergencyContactPhone;
    }

    public void setEmergencyContactPhone(String emergencyContactPhone) {
        this.emergencyContactPhone = emergencyContactPhone;
    }

    public String getBloodGroup() {
        return bloodGroup;
    }

    public void setBloodGroup(String bloodGroup) {
        this.bloodGroup = bloodGroup;
    }

    public MaritalStatus getMaritalStatus() {
        return maritalStatus;
    }

    public void setMaritalStatus(MaritalStatus maritalStatus) {
        this.maritalStatus = maritalStatus;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPreferredLanguage() {
        return preferredLanguage;
    }

    public void setPreferredLanguage(String preferredLanguage) {
        this.preferredLanguage = preferredLanguage;
    }

    public String getGuardianName() {
        return guardianName;
    }

    public void setGuardianName(String guardianName) {
        this.guardianName = guardianName;
    }

    public String getGuardianRelationship() {
        return guardianRelationship;
    }

    public void setGuardianRelationship(String guardianRelationship) {
        this.guardianRelationship = guardianRelationship;
    }

    public String getGuardianPhone() {
        return guardianPhone;
    }

    public void setGuardianPhone(String guardianPhone) {
        this.guardianPhone = guardianPhone;
    }

    public String getInsurancePayer() {
        return insurancePayer;
    }

    public void setInsurancePayer(String insurancePayer) {
        this.insurancePayer = insurancePayer;
    }

    public String getInsurancePolicyNumber() {
        return insurancePolicyNumber;
    }

    public void setInsurancePolicyNumber(String insurancePolicyNumber) {
        this.insurancePolicyNumber = insurancePolicyNumber;
    }

    public LocalDate getInsuranceValidFrom() {
        return insuranceValidFrom;
    }

    public void setInsuranceValidFrom(LocalDate insuranceValidFrom) {
        this.insuranceValidFrom = insuranceValidFrom;
    }

    public LocalDate getInsuranceValidUntil() {
        return insuranceValidUntil;
    }

    public void setInsuranceValidUntil(LocalDate insuranceValidUntil) {
        this.insuranceValidUntil = insuranceValidUntil;
    }
}
