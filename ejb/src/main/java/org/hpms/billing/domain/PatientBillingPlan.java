package org.hpms.billing.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import org.hpms.patient.domain.Patient;
import org.hpms.shared.crypto.PhiStringConverter;
import org.hpms.shared.persistence.AuditedEntity;

/**
 * How one patient pays: a discount scheme (one that needs approval counts only once approved) and an
 * insurer with the patient's member number.
 */
@Entity
@Table(name = "billing_patient_plan")
public class PatientBillingPlan extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "patient_id", nullable = false, updatable = false)
    private Patient patient;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "discount_scheme_id")
    private DiscountScheme discountScheme;

    @Column(name = "discount_requested_by", length = 64)
    private String discountRequestedBy;

    @Column(name = "discount_approved_by", length = 64)
    private String discountApprovedBy;

    @Column(name = "discount_approved_at")
    private Instant discountApprovedAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "payer_id")
    private Payer payer;

    @Convert(converter = PhiStringConverter.class)
    @Column(name = "member_number_enc")
    private String memberNumber;

    protected PatientBillingPlan() {
    }

    public PatientBillingPlan(Patient patient) {
        this.patient = patient;
    }

    /** A scheme that needs no approval counts at once; one that does waits for {@link #approveDiscount}. */
    public void discount(DiscountScheme scheme, String by, Instant at) {
        if (scheme != null && discountScheme != null && scheme.getId().equals(discountScheme.getId())) {
            return; // the same scheme again keeps its approval
        }
        this.discountScheme = scheme;
        this.discountRequestedBy = scheme == null ? null : by;
        boolean counts = scheme != null && !scheme.isNeedsApproval();
        this.discountApprovedBy = counts ? by : null;
        this.discountApprovedAt = counts ? at : null;
    }

    public void approveDiscount(String by, Instant at) {
        this.discountApprovedBy = by;
        this.discountApprovedAt = at;
    }

    public void insure(Payer payer, String memberNumber) {
        this.payer = payer;
        this.memberNumber = payer == null ? null : memberNumber;
    }

    /** The discount that applies now: none while a scheme waits for approval. */
    public BigDecimal discountPercent() {
        return discountScheme != null && discountApprovedAt != null && discountScheme.isActive() ? discountScheme.getPercent() : BigDecimal.ZERO;
    }

    public boolean isDiscountAwaitingApproval() {
        return discountScheme != null && discountApprovedAt == null;
    }

    public Coverage coverage() {
        return payer != null && payer.isActive() ? payer.coverage() : Coverage.NONE;
    }

    public Patient getPatient() {
        return patient;
    }

    public DiscountScheme getDiscountScheme() {
        return discountScheme;
    }

    public String getDiscountRequestedBy() {
        return discountRequestedBy;
    }

    public String getDiscountApprovedBy() {
        return discountApprovedBy;
    }

    public Payer getPayer() {
        return payer;
    }

    public String getMemberNumber() {
        return memberNumber;
    }
}
