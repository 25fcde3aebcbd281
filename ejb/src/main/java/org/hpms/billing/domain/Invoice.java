package org.hpms.billing.domain;

import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hpms.patient.domain.Patient;
import org.hpms.shared.persistence.AuditedEntity;
import org.hpms.shared.persistence.Columns;

/**
 * An invoice (or credit note) to a patient: lines priced from charges, totals that are the sums of the
 * lines, the patient's and the insurer's shares. A draft has no number; issuing gives it the next
 * number of the year's gapless series. Status follows the patient's share: paid when payments and
 * credit notes cover it.
 */
@Entity
@Table(name = "billing_invoice")
@NamedQuery(name = Invoice.BY_NUMBER, query = "SELECT i FROM Invoice i JOIN FETCH i.patient WHERE i.number = :number")
@NamedQuery(name = Invoice.BY_PUBLIC_ID, query = "SELECT i FROM Invoice i JOIN FETCH i.patient WHERE i.publicId = :id")
public class Invoice extends AuditedEntity {

    public static final String BY_NUMBER = "Invoice.byNumber";
    public static final String BY_PUBLIC_ID = "Invoice.byPublicId";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "public_id", nullable = false, length = 36, updatable = false)
    private String publicId;

    @Column(name = "number", length = 32)
    private String number;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 12, updatable = false)
    private InvoiceKind kind;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "patient_id", nullable = false, updatable = false)
    private Patient patient;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private InvoiceStatus status;

    @Column(name = "currency", nullable = false, length = 3, updatable = false)
    private String currency;

    @Column(name = "gross_total", nullable = false, precision = 14, scale = 2)
    private BigDecimal grossTotal;

    @Column(name = "discount_total", nullable = false, precision = 14, scale = 2)
    private BigDecimal discountTotal;

    @Column(name = "tax_total", nullable = false, precision = 14, scale = 2)
    private BigDecimal taxTotal;

    @Column(name = "total", nullable = false, precision = 14, scale = 2)
    private BigDecimal total;

    @Column(name = "patient_share", nullable = false, precision = 14, scale = 2)
    private BigDecimal patientShare;

    @Column(name = "insurer_share", nullable = false, precision = 14, scale = 2)
    private BigDecimal insurerShare;

    @Column(name = "paid_amount", nullable = false, precision = 14, scale = 2)
    private BigDecimal paidAmount;

    @Column(name = "credited_amount", nullable = false, precision = 14, scale = 2)
    private BigDecimal creditedAmount;

    /** What credit notes took off the insurer's share. */
    @Column(name = "insurer_credited_amount", nullable = false, precision = 14, scale = 2)
    private BigDecimal insurerCreditedAmount;

    /** What the insurer paid on its claims. */
    @Column(name = "insurer_paid_amount", nullable = false, precision = 14, scale = 2)
    private BigDecimal insurerPaidAmount;

    @Column(name = "discount_scheme", length = 32, updatable = false)
    private String discountScheme;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "payer_id", updatable = false)
    private Payer payer;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "credited_invoice_id", updatable = false)
    private Invoice creditedInvoice;

    @Column(name = "billed_until", nullable = false, updatable = false)
    private Instant billedUntil;

    @Column(name = "issued_at")
    private Instant issuedAt;

    @Column(name = "issued_by", length = 64)
    private String issuedBy;

    @Column(name = "voided_at")
    private Instant voidedAt;

    @Column(name = "voided_by", length = 64)
    private String voidedBy;

    @Column(name = "void_reason", length = 500)
    private String voidReason;

    @OneToMany(mappedBy = "invoice", cascade = CascadeType.PERSIST)
    @OrderBy("position")
    private List<InvoiceLine> lines = new ArrayList<>();

    protected Invoice() {
    }

    /** A draft invoice over these charges, priced by the calculation (its lines in the charges' order). */
    public static Invoice draft(Patient patient, String currency, Instant billedUntil, String discountScheme, Payer payer,
                                List<Charge> charges, Calculation calculation) {
        Invoice invoice = new Invoice(InvoiceKind.INVOICE, patient, currency, billedUntil, discountScheme, payer);
        for (int i = 0; i < charges.size(); i++) {
            Charge charge = charges.get(i);
            invoice.lines.add(new InvoiceLine(invoice, i + 1, charge, calculation.lines().get(i)));
            charge.billedOn(invoice);
        }
        invoice.grossTotal = calculation.gross();
        invoice.discountTotal = calculation.discount();
        invoice.taxTotal = calculation.tax();
        invoice.total = calculation.total();
        invoice.patientShare = calculation.patientShare();
        invoice.insurerShare = calculation.insurerShare();
        return invoice;
    }

    /** A credit note taking back these lines of an issued invoice; the invoice's patient share shrinks by theirs. */
    public Invoice creditNote(List<InvoiceLine> taken, String number, String by, Instant at) {
        Invoice note = new Invoice(InvoiceKind.CREDIT_NOTE, patient, currency, at, discountScheme, payer);
        note.creditedInvoice = this;
        for (InvoiceLine line : taken) {
            note.lines.add(new InvoiceLine(note, note.lines.size() + 1, line));
            note.grossTotal = note.grossTotal.add(line.getGross());
            note.discountTotal = note.discountTotal.add(line.getDiscount());
            note.taxTotal = note.taxTotal.add(line.getTax());
            note.total = note.total.add(line.getAmount());
            note.patientShare = note.patientShare.add(line.getPatientShare());
            note.insurerShare = note.insurerShare.add(line.getInsurerShare());
        }
        note.number = number;
        note.status = InvoiceStatus.ISSUED;
        note.issuedAt = at;
        note.issuedBy = by;
        creditedAmount = creditedAmount.add(note.patientShare);
        insurerCreditedAmount = insurerCreditedAmount.add(note.insurerShare);
        settle();
        return note;
    }

    private Invoice(InvoiceKind kind, Patient patient, String currency, Instant billedUntil, String discountScheme, Payer payer) {
        this.publicId = UUID.randomUUID().toString();
        this.kind = kind;
        this.patient = patient;
        this.currency = currency;
        this.billedUntil = billedUntil;
        this.discountScheme = discountScheme;
        this.payer = payer;
        this.status = InvoiceStatus.DRAFT;
        this.grossTotal = BigDecimal.ZERO.setScale(2);
        this.discountTotal = grossTotal;
        this.taxTotal = grossTotal;
        this.total = grossTotal;
        this.patientShare = grossTotal;
        this.insurerShare = grossTotal;
        this.paidAmount = grossTotal;
        this.creditedAmount = grossTotal;
        this.insurerCreditedAmount = grossTotal;
        this.insurerPaidAmount = grossTotal;
    }

    public void issue(String number, String by, Instant at) {
        if (status != InvoiceStatus.DRAFT) {
            throw new IllegalStateException("Only a draft can be issued");
        }
        this.number = number;
        this.issuedBy = by;
        this.issuedAt = at;
        this.status = InvoiceStatus.ISSUED;
        settle();
    }

    /** Voids the invoice; its charges go back to be billed again. Refused once money was taken on it. */
    public List<Charge> voidWith(String reason, String by, Instant at) {
        if (!canBeVoided()) {
            throw new IllegalStateException("An invoice with payments or credit notes cannot be voided");
        }
        this.status = InvoiceStatus.VOID;
        this.voidReason = Columns.clip(reason, 500);
        this.voidedBy = by;
        this.voidedAt = at;
        List<Charge> released = lines.stream().map(InvoiceLine::getCharge).filter(c -> c != null).toList();
        released.forEach(Charge::released);
        return released;
    }

    public boolean canBeVoided() {
        return kind == InvoiceKind.INVOICE && status != InvoiceStatus.VOID && paidAmount.signum() == 0 && creditedAmount.signum() == 0
                && insurerPaidAmount.signum() == 0;
    }

    public void paid(BigDecimal amount) {
        paidAmount = paidAmount.add(amount);
        settle();
    }

    public void refunded(BigDecimal amount) {
        paidAmount = paidAmount.subtract(amount);
        settle();
    }

    /** The insurer settled (part of) a claim on this invoice. */
    public void paidByInsurer(BigDecimal amount) {
        insurerPaidAmount = insurerPaidAmount.add(amount);
    }

    /** What the insurer still owes on it: its share, less credit notes and what it paid. */
    public BigDecimal insurerOutstanding() {
        return insurerShare.subtract(insurerCreditedAmount).subtract(insurerPaidAmount);
    }

    /** What the patient still owes on it (negative: the patient paid more than is now owed, a refund is due). */
    public BigDecimal outstanding() {
        return patientShare.subtract(creditedAmount).subtract(paidAmount);
    }

    private void settle() {
        if (status == InvoiceStatus.DRAFT || status == InvoiceStatus.VOID || kind == InvoiceKind.CREDIT_NOTE) {
            return;
        }
        if (outstanding().signum() <= 0) {
            status = InvoiceStatus.PAID;
        } else {
            status = paidAmount.signum() > 0 ? InvoiceStatus.PARTIALLY_PAID : InvoiceStatus.ISSUED;
        }
    }

    public Long getId() {
        return id;
    }

    public String getPublicId() {
        return publicId;
    }

    public String getNumber() {
        return number;
    }

    public InvoiceKind getKind() {
        return kind;
    }

    public Patient getPatient() {
        return patient;
    }

    public InvoiceStatus getStatus() {
        return status;
    }

    public String getCurrency() {
        return currency;
    }

    public BigDecimal getGrossTotal() {
        return grossTotal;
    }

    public BigDecimal getDiscountTotal() {
        return discountTotal;
    }

    public BigDecimal getTaxTotal() {
        return taxTotal;
    }

    public BigDecimal getTotal() {
        return total;
    }

    public BigDecimal getPatientShare() {
        return patientShare;
    }

    public BigDecimal getInsurerShare() {
        return insurerShare;
    }

    public BigDecimal getPaidAmount() {
        return paidAmount;
    }

    public BigDecimal getCreditedAmount() {
        return creditedAmount;
    }

    public BigDecimal getInsurerCreditedAmount() {
        return insurerCreditedAmount;
    }

    public BigDecimal getInsurerPaidAmount() {
        return insurerPaidAmount;
    }

    public String getDiscountScheme() {
        return discountScheme;
    }

    public Payer getPayer() {
        return payer;
    }

    public Invoice getCreditedInvoice() {
        return creditedInvoice;
    }

    public Instant getBilledUntil() {
        return billedUntil;
    }

    public Instant getIssuedAt() {
        return issuedAt;
    }

    public String getIssuedBy() {
        return issuedBy;
    }

    public String getVoidReason() {
        return voidReason;
    }

    public Instant getVoidedAt() {
        return voidedAt;
    }

    public String getVoidedBy() {
        return voidedBy;
    }

    public List<InvoiceLine> getLines() {
        return lines;
    }
}
