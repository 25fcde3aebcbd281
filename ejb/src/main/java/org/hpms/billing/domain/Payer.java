package org.hpms.billing.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import org.hpms.shared.persistence.AuditedEntity;

/** An insurer and its contract with the hospital: covered categories, the patient's co-pay, the ceiling per invoice. */
@Entity
@Table(name = "billing_payer")
public class Payer extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "code", nullable = false, length = 32, updatable = false)
    private String code;

    @Column(name = "name", nullable = false, length = 120)
    private String name;

    @Column(name = "copay_percent", nullable = false, precision = 5, scale = 2)
    private BigDecimal copayPercent;

    @Column(name = "ceiling_per_invoice", precision = 14, scale = 2)
    private BigDecimal ceilingPerInvoice;

    @Column(name = "active", nullable = false)
    private boolean active;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "billing_payer_coverage", joinColumns = @JoinColumn(name = "payer_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "category", length = 16)
    private Set<ServiceCategory> coveredCategories = new HashSet<>();

    protected Payer() {
    }

    public Coverage coverage() {
        return new Coverage(coveredCategories.isEmpty() ? Set.of() : EnumSet.copyOf(coveredCategories), copayPercent, ceilingPerInvoice);
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

    public BigDecimal getCopayPercent() {
        return copayPercent;
    }

    public BigDecimal getCeilingPerInvoice() {
        return ceilingPerInvoice;
    }

    public boolean isActive() {
        return active;
    }
}
