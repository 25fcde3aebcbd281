package org.hpms.scheduling.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A word or phrase of a complaint that points to a specialization ("chest pain" -> cardiology); see {@link ComplaintMapping}. */
@Entity
@Table(name = "complaint_keyword")
public class ComplaintKeyword {

    @Id
    @Column(name = "keyword", length = 60)
    private String keyword;

    @Column(name = "specialization_code", nullable = false, length = 40)
    private String specialization;

    protected ComplaintKeyword() {
    }

    public String getKeyword() {
        return keyword;
    }

    public String getSpecialization() {
        return specialization;
    }
}
