package org.hpms.clinical.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hpms.shared.persistence.AuditedEntity;

/** One ICD-10 code of the catalogue. Reference data: retired, never deleted. */
@Entity
@Table(name = "icd10_code")
public class Icd10Code extends AuditedEntity {

    @Id
    @Column(name = "code", length = 7)
    private String code;

    @Column(name = "billable", nullable = false)
    private boolean billable;

    @Column(name = "short_description", nullable = false, length = 60)
    private String shortDescription;

    @Column(name = "long_description", nullable = false, length = 400)
    private String longDescription;

    @Column(name = "retired", nullable = false)
    private boolean retired;

    protected Icd10Code() {
    }

    public Icd10Code(Icd10OrderFileParser.Entry entry) {
        this.code = entry.code();
        update(entry);
    }

    /** Takes the descriptions and billable flag of a newer release; a code in a release is current again. */
    public boolean update(Icd10OrderFileParser.Entry entry) {
        boolean changed = billable != entry.billable() || !entry.shortDescription().equals(shortDescription)
                || !entry.longDescription().equals(longDescription) || retired;
        billable = entry.billable();
        shortDescription = entry.shortDescription();
        longDescription = entry.longDescription();
        retired = false;
        return changed;
    }

    public String getCode() {
        return code;
    }

    /** The code as people write it: a dot after the third character ("E11.9"). */
    public String getDisplayCode() {
        return displayCode(code);
    }

    public static String displayCode(String code) {
        return code.length() > 3 ? code.substring(0, 3) + "." + code.substring(3) : code;
    }

    public boolean isBillable() {
        return billable;
    }

    public String getShortDescription() {
        return shortDescription;
    }

    public String getLongDescription() {
        return longDescription;
    }

    public boolean isRetired() {
        return retired;
    }
}
