package org.hpms.patient.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.HashSet;
import java.util.Set;
import org.hpms.shared.crypto.PhiDateConverter;
import org.hpms.shared.crypto.PhiStringConverter;
import org.hpms.shared.persistence.AuditedEntity;

/**
 * A registered patient. Every identifying field is stored encrypted; the *_bidx columns and the
 * name-token table hold keyed blind indexes that make the record findable without decryption.
 * Identified outside the database by its {@link MedicalRecordNumber}, never by the row id.
 */
@Entity
@Table(name = "patient")
@NamedQuery(name = Patient.BY_MRN, query = "SELECT p FROM Patient p WHERE p.mrn = :mrn")
public class Patient extends AuditedEntity {

    /** The one lookup of a patient by medical record number; parameter {@code mrn}. */
    public static final String BY_MRN = "Patient.byMrn";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "mrn", nullable = false, unique = true, length = 16, updatable = false)
    private MedicalRecordNumber mrn;

    @Convert(converter = PhiStringConverter.class)
    @Column(name = "given_name_enc", nullable = false)
    private String givenName;

    @Convert(converter = PhiStringConverter.class)
    @Column(name = "family_name_enc", nullable = false)
    private String familyName;

    @Enumerated(EnumType.STRING)
    @Column(name = "sex", nullable = false, length = 16)
    private Sex sex;

    @Convert(converter = PhiDateConverter.class)
    @Column(name = "birth_date_enc", nullable = false)
    private LocalDate birthDate;

    @Convert(converter = PhiStringConverter.class)
    @Column(name = "phone_enc")
    private String phone;

    @Convert(converter = PhiStringConverter.class)
    @Column(name = "national_id_enc")
    private String nationalId;

    @Convert(converter = PhiStringConverter.class)
    @Column(name = "address_enc")
    private String address;

    @Convert(converter = PhiStringConverter.class)
    @Column(name = "emergency_contact_name_enc")
    private String emergencyContactName;

    @Convert(converter = PhiStringConverter.class)
    @Column(name = "emergency_contact_phone_enc")
    private String emergencyContactPhone;

    @Column(name = "birth_date_bidx", nullable = false)
    private long birthDateIndex;

    @Column(name = "phone_bidx")
    private Long phoneIndex;

    @Column(name = "national_id_bidx", unique = true)
    private Long nationalIdIndex;

    @Convert(converter = PhiStringConverter.class)
    @Column(name = "blood_group_enc")
    private String bloodGroup;

    @Enumerated(EnumType.STRING)
    @Column(name = "marital_status", length = 16)
    private MaritalStatus maritalStatus;

    @Convert(converter = PhiStringConverter.class)
    @Column(name = "email_enc")
    private String email;

    @Convert(converter = PhiStringConverter.class)
    @Column(name = "preferred_language_enc")
    private String preferredLanguage;

    @Convert(converter = PhiStringConverter.class)
    @Column(name = "guardian_name_enc")
    private String guardianName;

    @Convert(converter = PhiStringConverter.class)
    @Column(name = "guardian_relation_enc")
    private String guardianRelationship;

    @Convert(converter = PhiStringConverter.class)
    @Column(name = "guardian_phone_enc")
    private String guardianPhone;

    @Convert(converter = PhiStringConverter.class)
    @Column(name = "insurance_payer_enc")
    private String insurancePayer;

    @Convert(converter = PhiStringConverter.class)
    @Column(name = "insurance_policy_enc")
    private String insurancePolicyNumber;

    @Column(name = "insurance_valid_from")
    private LocalDate insuranceValidFrom;

    @Column(name = "insurance_valid_until")
    private LocalDate insuranceValidUntil;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "surviving_patient_id")
    private Patient mergedInto;

    @Column(name = "voided", nullable = false)
    private boolean voided;

    @Column(name = "voided_at")
    private Instant voidedAt;

    @Column(name = "voided_by", length = 64)
    private String voidedBy;

    @Convert(converter = PhiStringConverter.class)
    @Column(name = "void_reason_enc")
    private String voidReason;

    @ElementCollection
    @CollectionTable(name = "patient_name_token", joinColumns = @JoinColumn(name = "patient_id"))
    @Column(name = "token_hash", nullable = false)
    private Set<Long> nameTokens = new HashSet<>();

    protected Patient() {
    }

    public Patient(MedicalRecordNumber mrn, Demographics demographics, PatientSearchKeys keys) {
        this.mrn = mrn;
        take(demographics, keys);
    }

    /**
     * Takes edited demographics and renews the blind indexes; returns what changed, field by field,
     * for the change history (empty when nothing did).
     */
    public List<FieldChange> update(Demographics edited, PatientSearchKeys keys) {
        Map<String, String> before = facts();
        take(edited, keys);
        Map<String, String> after = facts();
        List<FieldChange> changes = new ArrayList<>();
        before.forEach((field, old) -> {
            if (!Objects.equals(old, after.get(field))) {
                changes.add(new FieldChange(field, old, after.get(field)));
            }
        });
        return changes;
    }

    private void take(Demographics demographics, PatientSearchKeys keys) {
        this.givenName = demographics.getGivenName().strip();
        this.familyName = demographics.getFamilyName().strip();
        this.sex = demographics.getSex();
        this.birthDate = demographics.getBirthDate();
        this.phone = blankToNull(demographics.getPhone());
        this.nationalId = blankToNull(demographics.getNationalId());
        this.address = blankToNull(demographics.getAddress());
        this.emergencyContactName = blankToNull(demographics.getEmergencyContactName());
        this.emergencyContactPhone = blankToNull(demographics.getEmergencyContactPhone());
        this.bloodGroup = blankToNull(demographics.getBloodGroup());
        this.maritalStatus = demographics.getMaritalStatus();
        this.email = blankToNull(demographics.getEmail());
        this.preferredLanguage = blankToNull(demographics.getPreferredLanguage());
        this.guardianName = blankToNull(demographics.getGuardianName());
        this.guardianRelationship = blankToNull(demographics.getGuardianRelationship());
        this.guardianPhone = blankToNull(demographics.getGuardianPhone());
        this.insurancePayer = blankToNull(demographics.getInsurancePayer());
        this.insurancePolicyNumber = blankToNull(demographics.getInsurancePolicyNumber());
        this.insuranceValidFrom = demographics.getInsuranceValidFrom();
        this.insuranceValidUntil = demographics.getInsuranceValidUntil();
        this.birthDateIndex = keys.birthDate(birthDate);
        this.phoneIndex = keys.phone(phone);
        this.nationalIdIndex = keys.nationalId(nationalId);
        Set<Long> tokens = keys.namePrefixes(givenName, familyName);
        this.nameTokens.retainAll(tokens);
        this.nameTokens.addAll(tokens);
    }

    /** The demographics as a form holds them, to edit. */
    public Demographics toDemographics() {
        Demographics form = new Demographics();
        form.setGivenName(givenName);
        form.setFamilyName(familyName);
        form.setSex(sex);
        form.setBirthDate(birthDate);
        form.setPhone(phone);
        form.setNationalId(nationalId);
        form.setAddress(address);
        form.setEmergencyContactName(emergencyContactName);
        form.setEmergencyContactPhone(emergencyContactPhone);
        form.setBloodGroup(bloodGroup);
        form.setMaritalStatus(maritalStatus);
        form.setEmail(email);
        form.setPreferredLanguage(preferredLanguage);
        form.setGuardianName(guardianName);
        form.setGuardianRelationship(guardianRelationship);
        form.setGuardianPhone(guardianPhone);
        form.setInsurancePayer(insurancePayer);
        form.setInsurancePolicyNumber(insurancePolicyNumber);
        form.setInsuranceValidFrom(insuranceValidFrom);
        form.setInsuranceValidUntil(insuranceValidUntil);
        return form;
    }

    /** Every demographic fact as text, keyed by the field name used in forms and the change history. */
    private Map<String, String> facts() {
        Map<String, String> facts = new LinkedHashMap<>();
        Demographics form = toDemographics();
        facts.put("givenName", form.getGivenName());
        facts.put("familyName", form.getFamilyName());
        facts.put("sex", String.valueOf(form.getSex()));
        facts.put("birthDate", String.valueOf(form.getBirthDate()));
        facts.put("phone", form.getPhone());
        facts.put("nationalId", form.getNationalId());
        facts.put("address", form.getAddress());
        facts.put("emergencyContactName", form.getEmergencyContactName());
        facts.put("emergencyContactPhone", form.getEmergencyContactPhone());
        facts.put("bloodGroup", form.getBloodGroup());
        facts.put("maritalStatus", form.getMaritalStatus() == null ? null : form.getMaritalStatus().name());
        facts.put("email", form.getEmail());
        facts.put("preferredLanguage", form.getPreferredLanguage());
        facts.put("guardianName", form.getGuardianName());
        facts.put("guardianRelationship", form.getGuardianRelationship());
        facts.put("guardianPhone", form.getGuardianPhone());
        facts.put("insurancePayer", form.getInsurancePayer());
        facts.put("insurancePolicyNumber", form.getInsurancePolicyNumber());
        facts.put("insuranceValidFrom", form.getInsuranceValidFrom() == null ? null : form.getInsuranceValidFrom().toString());
        facts.put("insuranceValidUntil", form.getInsuranceValidUntil() == null ? null : form.getInsuranceValidUntil().toString());
        return facts;
    }

    /** This record is the same person as {@code survivor}: it is voided and points there from now on. */
    public void mergeInto(Patient survivor, String who, String reason) {
        if (voided || survivor.voided || survivor == this) {
            throw new IllegalStateException("Only two different current records can be merged");
        }
        this.mergedInto = survivor;
        this.voided = true;
        this.voidedAt = Instant.now();
        this.voidedBy = who;
        this.voidReason = reason;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public MedicalRecordNumber getMrn() {
        return mrn;
    }

    public String getGivenName() {
        return givenName;
    }

    public String getFamilyName() {
        return familyName;
    }

    public Sex getSex() {
        return sex;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public String getPhone() {
        return phone;
    }

    public String getNationalId() {
        return nationalId;
    }

    public String getAddress() {
        return address;
    }

    public String getEmergencyContactName() {
        return emergencyContactName;
    }

    public String getEmergencyContactPhone() {
        return emergencyContactPhone;
    }

    public Long getId() {
        return id;
    }

    public String getBloodGroup() {
        return bloodGroup;
    }

    public MaritalStatus getMaritalStatus() {
        return maritalStatus;
    }

    /** Given and family name, as lists and letters address the patient. */
    public String getFullName() {
        return givenName + " " + familyName;
    }

    public String getEmail() {
        return email;
    }

    public String getPreferredLanguage() {
        return preferredLanguage;
    }

    public String getGuardianName() {
        return guardianName;
    }

    public String getGuardianRelationship() {
        return guardianRelationship;
    }

    public String getGuardianPhone() {
        return guardianPhone;
    }

    public String getInsurancePayer() {
        return insurancePayer;
    }

    public String getInsurancePolicyNumber() {
        return insurancePolicyNumber;
    }

    public LocalDate getInsuranceValidFrom() {
        return insuranceValidFrom;
    }

    public LocalDate getInsuranceValidUntil() {
        return insuranceValidUntil;
    }

    /** The record this one was merged into, or null. */
    public Patient getMergedInto() {
        return mergedInto;
    }

    public boolean isVoided() {
        return voided;
    }

    public String getVoidReason() {
        return voidReason;
    }
}
