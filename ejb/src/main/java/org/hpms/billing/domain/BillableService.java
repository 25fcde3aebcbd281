package org.hpms.billing.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import org.hpms.shared.persistence.AuditedEntity;

/** An entry of the price list (chargemaster): a billable service, its category, department and tax rate. Retired, never deleted. */
@Entity
@Table(name = "billing_service")
public class BillableService extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "code", nullable = false, length = 32, updatable = false)
    private String code;

    @Column(name = "name", nullable = false, length = 200)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "category", nullable = false, length = 16)
    private ServiceCategory category;

    @Column(name = "department", nullable = false, length = 60)
    private String department;

    @Column(name = "tax_rate", nullable = false, precision = 5, scale = 2)
    private BigDecimal taxRate;

    @Column(name = "active", nullable = false)
    private boolean active;

    protected BillableService() {
    }

    public BillableService(String code, String name, ServiceCategory category, String department, BigDecimal taxRate) {
        this.code = code;
        this.active = true;
        describe(name, category, department, taxRate);
    }

    public void describe(String name, ServiceCategory category, String department, BigDecimal taxRate) {
        this.name = name;
        this.category = category;
        this.department = department;
        this.taxRate = taxRate;
    }

    public void retire() {
        this.active = false;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public ServiceCategory getCategory() {
        return category;
    }

    public String getDepartment() {
        return department;
    }

    public BigDecimal getTaxRate() {
        return taxRate;
    }

    public boolean isActive() {
        return active;
    }
}
