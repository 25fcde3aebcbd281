package org.hpms.scheduling.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hpms.shared.persistence.AuditedEntity;

/** A medical specialization doctors are booked for (managed list; retired, never deleted). */
@Entity
@Table(name = "specialization")
public class Specialization extends AuditedEntity {

    @Id
    @Column(name = "code", length = 40)
    private String code;

    @Column(name = "name", nullable = false, length = 100)
    private String name;

    @Column(name = "retired", nullable = false)
    private boolean retired;

    protected Specialization() {
    }

    public Specialization(String code, String name) {
        this.code = code;
        this.name = name;
    }

    public void rename(String newName) {
        this.name = newName;
    }

    public void retire() {
        this.retired = true;
    }

    public void reinstate() {
        this.retired = false;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public boolean isRetired() {
        return retired;
    }
}
