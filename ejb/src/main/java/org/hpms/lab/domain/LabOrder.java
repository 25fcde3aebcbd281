package org.hpms.lab.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
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
import java.time.Instant;
import org.hpms.clinical.domain.Encounter;
import org.hpms.patient.domain.Patient;
import org.hpms.shared.crypto.PhiStringConverter;
import org.hpms.shared.persistence.AuditedEntity;

/**
 * A test or panel a doctor ordered for a patient, under our placer order number (kept whole: the
 * lab echoes it in its results and that is how they find their order). The lab's filler order number
 * is learnt from its first result.
 */
@Entity
@Table(name = "lab_order")
@NamedQuery(name = LabOrder.BY_FILLER_NUMBER,
        query = "SELECT o FROM LabOrder o JOIN FETCH o.test JOIN FETCH o.patient WHERE o.fillerOrderNumber = :number")
@NamedQuery(name = LabOrder.BY_PLACER_NUMBERS,
        query = "SELECT o FROM LabOrder o JOIN FETCH o.test JOIN FETCH o.patient WHERE o.placerOrderNumber IN :numbers")
public class LabOrder extends AuditedEntity {

    /**
     * Parameter {@code numbers} (placer) and {@code number} (filler); each query uses its own index (an OR of
     * the two would read the whole table).
     */
    public static final String BY_PLACER_NUMBERS = "LabOrder.byPlacerNumbers";
    public static final String BY_FILLER_NUMBER = "LabOrder.byFillerNumber";

    public static final String PLACER_PREFIX = "HPMS-LO-";
    /** The id_sequence row placer numbers are counted in. */
    public static final String NUMBER_SEQUENCE = "LAB_ORDER";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "placer_order_number", nullable = false, length = 199, updatable = false)
    private String placerOrderNumber;

    @Column(name = "filler_order_number", length = 199)
    private String fillerOrderNumber;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "patient_id", nullable = false)
    private Patient patient;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "encounter_id", updatable = false)
    private Encounter encounter;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "test_id", nullable = false, updatable = false)
    private LabTest test;

    @Column(name = "ordering_doctor", nullable = false, length = 64, updatable = false)
    private String orderingDoctor;

    @Enumerated(EnumType.STRING)
    @Column(name = "priority", nullable = false, length = 8, updatable = false)
    private LabPriority priority;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private LabOrderStatus status;

    @Convert(converter = PhiStringConverter.class)
    @Column(name = "clinical_info_enc", updatable = false)
    private String clinicalInfo;

    @Column(name = "ordered_at", nullable = false, updatable = false)
    private Instant orderedAt;

    @Column(name = "accession_number", length = 64)
    private String accessionNumber;

    @Column(name = "collected_at")
    private Instant collectedAt;

    @Column(name = "collected_by", length = 64)
    private String collectedBy;

    @Column(name = "resulted_at")
    private Instant resultedAt;

    @Column(name = "cancelled_reason", length = 500)
    private String cancelledReason;

    protected LabOrder() {
    }

    public LabOrder(long serial, Encounter encounter, LabTest test, String orderingDoctor, LabPriority priority, String clinicalInfo,
                    Instant orderedAt) {
        this.placerOrderNumber = PLACER_PREFIX + serial;
        this.patient = encounter.getPatient();
        this.encounter = encounter;
        this.test = test;
        this.orderingDoctor = orderingDoctor;
        this.priority = priority;
        this.clinicalInfo = clinicalInfo == null || clinicalInfo.isBlank() ? null : clinicalInfo.strip();
        this.orderedAt = orderedAt;
        this.status = LabOrderStatus.ORDERED;
    }

    public void collected(String accessionNumber, Instant at, String by) {
        if (status != LabOrderStatus.ORDERED) {
            throw new IllegalStateException("Only an order awaiting collection can be collected");
        }
        this.accessionNumber = accessionNumber;
        this.collectedAt = at;
        this.collectedBy = by;
        this.status = LabOrderStatus.COLLECTED;
    }

    public void cancel(String reason) {
        if (!isAwaitingResults()) {
            throw new IllegalStateException("An order with results cannot be cancelled");
        }
        this.cancelledReason = reason;
        this.status = LabOrderStatus.CANCELLED;
    }

    /**
     * A report arrived: the order is preliminary until a final (or corrected) one comes, and stays final.
     * True when this report made it final for the first time (the moment billing charges it).
     */
    public boolean resulted(String fillerOrderNumber, String resultStatus, Instant at) {
        if (this.fillerOrderNumber == null && fillerOrderNumber != null && !fillerOrderNumber.isBlank()) {
            this.fillerOrderNumber = fillerOrderNumber;
        }
        boolean wasFinal = status == LabOrderStatus.FINAL;
        if (LabReport.isFinal(resultStatus)) {
            status = LabOrderStatus.FINAL;
        } else if (!wasFinal) {
            status = LabOrderStatus.PRELIMINARY;
        }
        if (resultedAt == null || status == LabOrderStatus.FINAL && !wasFinal) {
            resultedAt = at;
        }
        return status == LabOrderStatus.FINAL && !wasFinal;
    }

    /** Why this order cannot take a result for this patient; null when it can. */
    public String problemFor(Patient resultPatient) {
        if (!patient.getId().equals(resultPatient.getId())) {
            return "Order " + placerOrderNumber + " is for another patient";
        }
        if (status == LabOrderStatus.CANCELLED) {
            return "Order " + placerOrderNumber + " was cancelled";
        }
        return null;
    }

    public boolean isAwaitingResults() {
        return status == LabOrderStatus.ORDERED || status == LabOrderStatus.COLLECTED;
    }

    public Long getId() {
        return id;
    }

    public String getPlacerOrderNumber() {
        return placerOrderNumber;
    }

    public String getFillerOrderNumber() {
        return fillerOrderNumber;
    }

    public Patient getPatient() {
        return patient;
    }

    public Encounter getEncounter() {
        return encounter;
    }

    public LabTest getTest() {
        return test;
    }

    public String getOrderingDoctor() {
        return orderingDoctor;
    }

    public LabPriority getPriority() {
        return priority;
    }

    public LabOrderStatus getStatus() {
        return status;
    }

    public String getClinicalInfo() {
        return clinicalInfo;
    }

    public Instant getOrderedAt() {
        return orderedAt;
    }

    public String getAccessionNumber() {
        return accessionNumber;
    }

    public Instant getCollectedAt() {
        return collectedAt;
    }

    public String getCollectedBy() {
        return collectedBy;
    }

    public Instant getResultedAt() {
        return resultedAt;
    }

    public String getCancelledReason() {
        return cancelledReason;
    }
}
