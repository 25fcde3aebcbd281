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
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/** One billed charge as it was priced on its invoice (kept as printed, whatever the price list does later). */
@Entity
@Table(name = "billing_invoice_line")
public class InvoiceLine {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "invoice_id", nullable = false, updatable = false)
    private Invoice invoice;

    @Column(name = "position", nullable = false, updatable = false)
    private int position;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "charge_id", updatable = false)
    private Charge charge;

    @Column(name = "service_code", nullable = false, length = 32, updatable = false)
    private String serviceCode;

    @Column(name = "description", nullable = false, length = 200, updatable = false)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(name = "category", nullable = false, length = 16, updatable = false)
    private ServiceCategory category;

    @Column(name = "department", length = 60, updatable = false)
    private String department;

    @Column(name = "doctor", length = 64, updatable = false)
    private String doctor;

    @Column(name = "rendered_at", nullable = false, updatable = false)
    private Instant renderedAt;

    @Column(name = "quantity", nullable = false, updatable = false)
    private int quantity;

    @Column(name = "unit_price", nullable = false, precision = 14, scale = 2, updatable = false)
    private BigDecimal unitPrice;

    @Column(name = "gross", nullable = false, precision = 14, scale = 2, updatable = false)
    private BigDecimal gross;

    @Column(name = "discount", nullable = false, precision = 14, scale = 2, updatable = false)
    private BigDecimal discount;

    @Column(name = "tax", nullable = false, precision = 14, scale = 2, updatable = false)
    private BigDecimal tax;

    @Column(name = "amount", nullable = false, precision = 14, scale = 2, updatable = false)
    private BigDecimal amount;

    @Column(name = "patient_share", nullable = false, precision = 14, scale = 2, updatable = false)
    private BigDecimal patientShare;

    @Column(name = "insurer_share", nullable = false, precision = 14, scale = 2, updatable = false)
    private BigDecimal insurerShare;

    protected InvoiceLine() {
    }

    InvoiceLine(Invoice invoice, int position, Charge charge, CalculatedLine line) {
        this.invoice = invoice;
        this.position = position;
        this.charge = charge;
        this.serviceCode = charge.getServiceCode();
        this.description = charge.getDescription();
        this.category = line.item().category();
        this.department = charge.getDepartment();
        this.doctor = charge.getDoctor();
        this.renderedAt = charge.getRenderedAt();
        this.quantity = line.item().quantity();
        this.unitPrice = line.item().unitPrice();
        this.gross = line.gross();
        this.discount = line.discount();
        this.tax = line.tax();
        this.amount = line.amount();
        this.patientShare = line.patientShare();
        this.insurerShare = line.insurerShare();
    }

    /** The same line on a credit note (same figures; the note's kind says they are taken back). */
    InvoiceLine(Invoice creditNote, int position, InvoiceLine original) {
        this.invoice = creditNote;
        this.position = position;
        this.charge = original.charge;
        this.serviceCode = original.serviceCode;
        this.description = original.description;
        this.category = original.category;
        this.department = original.department;
        this.doctor = original.doctor;
        this.renderedAt = original.renderedAt;
        this.quantity = original.quantity;
        this.unitPrice = original.unitPrice;
        this.gross = original.gross;
        this.discount = original.discount;
        this.tax = original.tax;
        this.amount = original.amount;
        this.patientShare = original.patientShare;
        this.insurerShare = original.insurerShare;
    }

    public Invoice getInvoice() {
        return invoice;
    }

    public int getPosition() {
        return position;
    }

    public Charge getCharge() {
        return charge;
    }

    public String getServiceCode() {
        return serviceCode;
    }

    public String getDescription() {
        return description;
    }

    public ServiceCategory getCategory() {
        return category;
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

    public int getQuantity() {
        return quantity;
    }

    public BigDecimal getUnitPrice() {
        return unitPrice;
    }

    public BigDecimal getGross() {
        return gross;
    }

    public BigDecimal getDiscount() {
        return discount;
    }

    public BigDecimal getTax() {
        return tax;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public BigDecimal getPatientShare() {
        return patientShare;
    }

    public BigDecimal getInsurerShare() {
        return insurerShare;
    }
}
