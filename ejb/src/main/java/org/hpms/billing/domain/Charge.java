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
import jakarta.persistence.TableGenerator;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.hpms.patient.domain.Patient;
import org.hpms.shared.persistence.AuditedEntity;
import org.hpms.shared.persistence.Columns;

/**
 * A service rendered to a patient that the hospital is to be paid for, named by its source (unique:
 * the same source is never charged twice). Priced when it is invoiced, at the price of the day it was
 * rendered; an adjustment carries a fixed amount instead.
 */
@Entity
@Table(name = "billing_charge")
@NamedQuery(name = Charge.BY_SOURCE, query = "SELECT c FROM Charge c WHERE c.sourceType = :type AND c.sourceRef = :ref")
public class Charge extends AuditedEntity {

    /** Parameters {@code type}, {@code ref}. */
    public static final String BY_SOURCE = "Charge.bySource";

    /** From a table in blocks (not AUTO_INCREMENT): the charges of a batch of lab results are then inserted in one batched statement. */
    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "chargeIds")
    @TableGenerator(name = "chargeIds", table = "id_sequence", pkColumnName = "name", valueColumnName = "next_value",
            pkColumnValue = "BILLING_CHARGE", allocationSize = 1000)
    private Long id;

    @Column(name = "public_id", nullable = false, length = 36, updatable = false)
    private String publicId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "patient_id", nullable = false)
    private Patient patient;

    @Enumerated(EnumType.STRING)
    @Column(name = "source_type", nullable = false, length = 16, updatable = false)
    private ChargeSourceType sourceType;

    @Column(name = "source_ref", nullable = false, length = 199, updatable = false)
    private String sourceRef;

    @Column(name = "service_code", nullable = false, length = 32)
    private String serviceCode;

    @Column(name = "description", nullable = false, length = 200)
    private String description;

    @Column(name = "quantity", nullable = false)
    private int quantity;

    @Column(name = "fixed_amount", precision = 14, scale = 2, updatable = false)
    private BigDecimal fixedAmount;

    @Column(name = "department", length = 60)
    private String department;

    @Column(name = "doctor", length = 64)
    private String doctor;

    @Column(name = "rendered_at", nullable = false, updatable = false)
    private Instant renderedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 12)
    private ChargeStatus status;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "invoice_id")
    private Invoice invoice;

    @Column(name = "reason", length = 500, updatable = false)
    private String reason;

    @Column(name = "cancelled_at")
    private Instant cancelledAt;

    @Column(name = "cancelled_by", length = 64)
    private String cancelledBy;

    @Column(name = "cancel_reason", length = 500)
    private String cancelReason;

    protected Charge() {
    }

    public Charge(Patient patient, RenderedService rendered) {
        this.publicId = UUID.randomUUID().toString();
        this.patient = patient;
        this.sourceType = rendered.sourceType();
        this.sourceRef = rendered.sourceRef();
        this.serviceCode = rendered.serviceCode();
        this.description = Columns.clip(rendered.description(), 200);
        this.quantity = rendered.quantity();
        this.fixedAmount = rendered.fixedAmount();
        this.department = Columns.clip(rendered.department(), 60);
        this.doctor = rendered.doctor();
        this.renderedAt = rendered.renderedAt();
        this.reason = Columns.clip(rendered.reason(), 500);
        this.status = ChargeStatus.UNBILLED;
    }

    public void billedOn(Invoice invoice) {
        if (status != ChargeStatus.UNBILLED) {
            throw new IllegalStateException("Charge " + publicId + " is " + status);
        }
        this.invoice = invoice;
        this.status = ChargeStatus.BILLED;
    }

    /** Its invoice was voided: the charge waits to be billed again. */
    public void released() {
        this.invoice = null;
        this.status = ChargeStatus.UNBILLED;
    }

    public void cancel(String by, String why, Instant at) {
        if (status != ChargeStatus.UNBILLED) {
            throw new IllegalStateException("Only an unbilled charge can be cancelled");
        }
        this.status = ChargeStatus.CANCELLED;
        this.cancelledBy = by;
        this.cancelReason = Columns.clip(why, 500);
        this.cancelledAt = at;
    }

    /** Its invoice line was taken back by a credit note: the charge stays on that invoice, cancelled. */
    public void credited(String by, String why, Instant at) {
        if (status != ChargeStatus.BILLED) {
            throw new IllegalStateException("Only a billed charge can be credited");
        }
        this.status = ChargeStatus.CANCELLED;
        this.cancelledBy = by;
        this.cancelReason = Columns.clip(why, 500);
        this.cancelledAt = at;
    }

    public Long getId() {
        return id;
    }

    public String getPublicId() {
        return publicId;
    }

    public Patient getPatient() {
        return patient;
    }

    public ChargeSourceType getSourceType() {
        return sourceType;
    }

    public String getSourceRef() {
        return sourceRef;
    }

    public String getServiceCode() {
        return serviceCode;
    }

    public String getDescription() {
        return description;
    }

    public int getQuantity() {
        return quantity;
    }

    public BigDecimal getFixedAmount() {
        return fixedAmount;
    }

    public String getDepartment() {
        return department;
    }

    public String getDoctor() {
        return doctor;
    }

    public Instant getRenderedAt() {
        return renderedAt;
    }

    public ChargeStatus getStatus() {
        return status;
    }

    public Invoice getInvoice() {
        return invoice;
    }

    public String getReason() {
        return reason;
    }

    public String getCancelReason() {
        return cancelReason;
    }
}
