package org.hpms.billing.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.hpms.shared.persistence.AuditedEntity;
import org.hpms.shared.persistence.Columns;

/**
 * Money taken on an invoice (or given back) through one gateway, under the caller's idempotency key
 * (unique). Pending until the gateway confirms; the invoice counts it only once it succeeded.
 */
@Entity
@Table(name = "billing_payment")
@NamedQuery(name = Payment.BY_IDEMPOTENCY_KEY, query = "SELECT p FROM Payment p JOIN FETCH p.invoice WHERE p.idempotencyKey = :key")
@NamedQuery(name = Payment.BY_PUBLIC_ID, query = "SELECT p FROM Payment p JOIN FETCH p.invoice WHERE p.publicId = :id")
public class Payment extends AuditedEntity {

    public static final String BY_IDEMPOTENCY_KEY = "Payment.byIdempotencyKey";
    public static final String BY_PUBLIC_ID = "Payment.byPublicId";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "public_id", nullable = false, length = 36, updatable = false)
    private String publicId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "invoice_id", nullable = false, updatable = false)
    private Invoice invoice;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 8, updatable = false)
    private PaymentKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "gateway", nullable = false, length = 16, updatable = false)
    private GatewayKind gateway;

    /** The money moved: for a claim the insurer approved less of, what it approved. */
    @Column(name = "amount", nullable = false, precision = 14, scale = 2)
    private BigDecimal amount;

    /** What a claim asked for, kept when the insurer approved less; null otherwise. */
    @Column(name = "requested_amount", precision = 14, scale = 2)
    private BigDecimal requestedAmount;

    @Column(name = "currency", nullable = false, length = 3, updatable = false)
    private String currency;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 12)
    private PaymentStatus status;

    @Column(name = "idempotency_key", nullable = false, length = 100, updatable = false)
    private String idempotencyKey;

    @Column(name = "gateway_reference", length = 200)
    private String gatewayReference;

    @Column(name = "payment_method", length = 100, updatable = false)
    private String paymentMethod;

    /** Why it failed, why it is still pending, or why an insurer paid less than was claimed. */
    @Column(name = "failure_reason", length = 500)
    private String failureReason;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "cashier_session_id", updatable = false)
    private CashierSession cashierSession;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "refund_of", updatable = false)
    private Payment refundOf;

    @Column(name = "receipt_number", length = 32)
    private String receiptNumber;

    @Column(name = "requested_at", nullable = false, updatable = false)
    private Instant requestedAt;

    @Column(name = "requested_by", nullable = false, length = 64, updatable = false)
    private String requestedBy;

    @Column(name = "settled_at")
    private Instant settledAt;

    protected Payment() {
    }

    public Payment(Invoice invoice, PaymentKind kind, GatewayKind gateway, BigDecimal amount, String idempotencyKey, String paymentMethod,
                   CashierSession cashierSession, Payment refundOf, String by, Instant at) {
        this.paymentMethod = Columns.clip(paymentMethod, 100);
        this.publicId = UUID.randomUUID().toString();
        this.invoice = invoice;
        this.kind = kind;
        this.gateway = gateway;
        this.amount = amount;
        this.currency = invoice.getCurrency();
        this.idempotencyKey = idempotencyKey;
        this.cashierSession = cashierSession;
        this.refundOf = refundOf;
        this.requestedBy = by;
        this.requestedAt = at;
        this.status = PaymentStatus.PENDING;
    }

    /** The gateway confirmed: the invoice counts the money (or the refund) from now on. */
    public void succeeded(String gatewayReference, String receiptNumber, Instant at) {
        succeeded(gatewayReference, receiptNumber, at, amount, null);
    }

    /**
     * The gateway confirmed {@code settledAmount}: all that was asked, or (an insurer's partial approval) less;
     * then what was asked is kept beside it, the rest stays owed and {@code why} says why less was paid.
     */
    public void succeeded(String gatewayReference, String receiptNumber, Instant at, BigDecimal settledAmount, String why) {
        if (status != PaymentStatus.PENDING) {
            throw new IllegalStateException("Payment " + publicId + " is already " + status);
        }
        if (settledAmount.signum() <= 0 || settledAmount.compareTo(amount) > 0) {
            throw new IllegalArgumentException("Settled " + settledAmount + " of a payment of " + amount);
        }
        if (settledAmount.compareTo(amount) < 0) {
            this.requestedAmount = amount;
            this.amount = settledAmount;
        }
        this.status = PaymentStatus.SUCCEEDED;
        this.failureReason = requestedAmount != null ? Columns.clip(why, 500) : null;
        if (gatewayReference != null) {
            this.gatewayReference = Columns.clip(gatewayReference, 200);
        }
        this.receiptNumber = receiptNumber;
        this.settledAt = at;
        if (gateway == GatewayKind.INSURANCE) {
            invoice.paidByInsurer(amount);
        } else if (kind == PaymentKind.PAYMENT) {
            invoice.paid(amount);
        } else {
            invoice.refunded(amount);
        }
    }

    /** The gateway has not settled it yet: keep what it told us (its id of the payment, why it is pending). */
    public void stillPending(String gatewayReference, String why) {
        if (status != PaymentStatus.PENDING) {
            throw new IllegalStateException("Payment " + publicId + " is already " + status);
        }
        if (gatewayReference != null) {
            this.gatewayReference = Columns.clip(gatewayReference, 200);
        }
        this.failureReason = Columns.clip(why, 500);
    }

    public void failed(String reason, Instant at) {
        if (status != PaymentStatus.PENDING) {
            throw new IllegalStateException("Payment " + publicId + " is already " + status);
        }
        this.status = PaymentStatus.FAILED;
        this.failureReason = Columns.clip(reason, 500);
        this.settledAt = at;
    }

    /** True when a repeated request (same idempotency key) asks for the same thing as this one. */
    public boolean sameRequestAs(String invoiceNumber, GatewayKind gateway, BigDecimal amount, PaymentKind kind) {
        return invoice.getNumber().equals(invoiceNumber) && this.gateway == gateway && this.kind == kind
                && (requestedAmount == null ? this.amount : requestedAmount).compareTo(amount) == 0;
    }

    public Long getId() {
        return id;
    }

    public String getPublicId() {
        return publicId;
    }

    public Invoice getInvoice() {
        return invoice;
    }

    public PaymentKind getKind() {
        return kind;
    }

    public GatewayKind getGateway() {
        return gateway;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public BigDecimal getRequestedAmount() {
        return requestedAmount;
    }

    public String getCurrency() {
        return currency;
    }

    public PaymentStatus getStatus() {
        return status;
    }

    public String getIdempotencyKey() {
        return idempotencyKey;
    }

    public String getGatewayReference() {
        return gatewayReference;
    }

    public String getPaymentMethod() {
        return paymentMethod;
    }

    public String getFailureReason() {
        return failureReason;
    }

    public CashierSession getCashierSession() {
        return cashierSession;
    }

    public Payment getRefundOf() {
        return refundOf;
    }

    public String getReceiptNumber() {
        return receiptNumber;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public String getRequestedBy() {
        return requestedBy;
    }

    public Instant getSettledAt() {
        return settledAt;
    }
}
