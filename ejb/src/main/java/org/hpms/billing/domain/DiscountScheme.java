package org.hpms.billing.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import org.hpms.shared.persistence.AuditedEntity;

/** A discount a patient may be entitled to (staff, senior citizen, poor fund); some count only once an administrator approves. */
@Entity
@Table(name = "billing_discount_scheme")
public class DiscountScheme extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "code", nullable = false, length = 32, updatable = false)
    private String code;

    @Column(name = "name", nullable = false, length = 120)
    private String name;

    @Column(name = "percent", nullable = false, precision = 5, scale = 2)
    private BigDecimal percent;

    @Column(name = "needs_approval", nullable = false)
    private boolean needsApproval;

    @Column(name = "active", nullable = false)
    private boolean active;

    protected DiscountScheme() {
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

    public BigDecimal getPercent() {
        return percent;
    }

    public boolean isNeedsApproval() {
        return needsApproval;
    }

    public boolean isActive() {
        return active;
    }
}
