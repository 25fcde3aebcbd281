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
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDate;
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

    @ElementCollection
    @CollectionTable(name = "patient_name_token", joinColumns = @JoinColumn(name = "patient_id"))
    @Column(name = "token_hash", nullable = false)
    private Set<Long> nameTokens = new HashSet<>();

    protected Patient() {
    }

    public Patient(MedicalRecordNumber mrn, Demographics demographics, PatientSearchKeys keys) {
        this.mrn = mrn;
        this.givenName = demographics.getGivenName().strip();
        this.familyName = demographics.getFamilyName().strip();
        this.sex = demographics.getSex();
        this.birthDate = demographics.getBirthDate();
        this.phone = blankToNull(demographics.getPhone());
        this.nationalId = blankToNull(demographics.getNationalId());
        this.address = blankToNull(demographics.getAddress());
        this.emergencyContactName = blankToNull(demographics.getEmergencyContactName());
        this.emergencyContactPhone = blankToNull(demographics.getEmergencyContactPhone());
        this.birthDateIndex = keys.birthDate(birthDate);
        this.phoneIndex = keys.phone(phone);
        this.nationalIdIndex = keys.nationalId(nationalId);
        this.nameTokens.addAll(keys.namePrefixes(givenName, familyName));
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
}
