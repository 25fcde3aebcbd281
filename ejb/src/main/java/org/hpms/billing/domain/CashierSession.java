package org.hpms.billing.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.hpms.shared.persistence.AuditedEntity;

/**
 * A cashier's drawer from opening (with the float counted in) to closing (with the cash counted out);
 * the difference between expected and counted cash is the day's over/short. One open session per cashier.
 */
@Entity
@Table(name = "billing_cashier_session")
public class CashierSession extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "public_id", nullable = false, length = 36, updatable = false)
    private String publicId;

    @Column(name = "cashier", nullable = false, length = 64, updatable = false)
    private String cashier;

    @Column(name = "currency", nullable = false, length = 3, updatable = false)
    private String currency;

    @Column(name = "opened_at", nullable = false, updatable = false)
    private Instant openedAt;

    @Column(name = "opening_balance", nullable = false, precision = 14, scale = 2, updatable = false)
    private BigDecimal openingBalance;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "expected_cash", precision = 14, scale = 2)
    private BigDecimal expectedCash;

    @Column(name = "counted_cash", precision = 14, scale = 2)
    private BigDecimal countedCash;

    protected CashierSession() {
    }

    public CashierSession(String cashier, String currency, BigDecimal openingBalance, Instant at) {
        this.publicId = UUID.randomUUID().toString();
        this.cashier = cashier;
        this.currency = currency;
        this.openingBalance = openingBalance;
        this.openedAt = at;
    }

    /** @param cashIn payments taken in cash less cash refunds given, over the session */
    public void close(BigDecimal cashIn, BigDecimal counted, Instant at) {
        if (closedAt != null) {
            throw new IllegalStateException("Session already closed");
        }
        this.expectedCash = openingBalance.add(cashIn);
        this.countedCash = counted;
        this.closedAt = at;
    }

    public boolean isOpen() {
        return closedAt == null;
    }

    public Long getId() {
        return id;
    }

    public String getPublicId() {
        return publicId;
    }

    public String getCashier() {
        return cashier;
    }

    public String getCurrency() {
        return currency;
    }

    public Instant getOpenedAt() {
        return openedAt;
    }

    public BigDecimal getOpeningBalance() {
        return openingBalance;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public BigDecimal getExpectedCash() {
        return expectedCash;
    }

    public BigDecimal getCountedCash() {
        return countedCash;
    }
}
