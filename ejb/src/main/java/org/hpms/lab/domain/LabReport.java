package org.hpms.lab.domain;

import static org.hpms.shared.persistence.Columns.clip;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.hpms.patient.domain.Patient;
import org.hpms.shared.persistence.AuditedEntity;

/**
 * One resulted test (an OBR with its observations) as the reviewing doctor sees it: the ordering
 * doctor for an order of ours, the doctor a lab technician named for an unsolicited result. A later
 * report of the same order and test (final after preliminary, a correction) supersedes it; the
 * earlier one stays as history and leaves the inbox.
 */
@Entity
@Table(name = "lab_report")
public class LabReport extends AuditedEntity {

    /** OBR-25 / OBX-11 statuses that end the lab's work: final, corrected (amended), and final with corrections to come. */
    private static final Set<String> FINAL_STATUSES = Set.of("F", "C", "A");

    /** From a table in blocks (not AUTO_INCREMENT), so that a batch of lab results is inserted in batched statements. */
    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "labReportIds")
    @TableGenerator(name = "labReportIds", table = "id_sequence", pkColumnName = "name", valueColumnName = "next_value",
            pkColumnValue = "LAB_REPORT", allocationSize = 1000)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "message_id", nullable = false, updatable = false)
    private LabMessage message;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "order_id", updatable = false)
    private LabOrder order;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "patient_id", nullable = false)
    private Patient patient;

    @Column(name = "reviewer", nullable = false, length = 64)
    private String reviewer;

    /** The lab's number for what it reported; with no order of ours it is what recognises a later correction. */
    @Column(name = "filler_order_number", length = 199, updatable = false)
    private String fillerOrderNumber;

    @Column(name = "test_code", length = 64, updatable = false)
    private String testCode;

    @Column(name = "test_name", length = 255, updatable = false)
    private String testName;

    @Column(name = "result_status", length = 4, updatable = false)
    private String resultStatus;

    @Column(name = "abnormal", nullable = false)
    private boolean abnormal;

    @Column(name = "critical", nullable = false)
    private boolean critical;

    @Column(name = "received_at", nullable = false, updatable = false)
    private Instant receivedAt;

    @Column(name = "observed_at", updatable = false)
    private Instant observedAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "superseded_by")
    private LabReport supersededBy;

    @Column(name = "signed_off_at")
    private Instant signedOffAt;

    @Column(name = "signed_off_by", length = 64)
    private String signedOffBy;

    protected LabReport() {
    }

    public LabReport(LabMessage message, LabOrder order, Patient patient, String reviewer, LabOrderResult result, Instant receivedAt) {
        this.message = message;
        this.order = order;
        this.patient = patient;
        this.reviewer = reviewer;
        this.fillerOrderNumber = result.fillerOrderNumber();
        this.testCode = clip(result.test().code(), 64);
        this.testName = clip(result.test().text(), 255);
        this.resultStatus = clip(statusOf(result), 4);
        this.receivedAt = receivedAt;
        this.observedAt = result.observedAt();
    }

    /** OBR-25, else the status its observations share (OBX-11); preliminary when they differ. */
    static String statusOf(LabOrderResult result) {
        if (result.resultStatus() != null && !result.resultStatus().isBlank()) {
            return result.resultStatus();
        }
        Set<String> statuses = new HashSet<>();
        result.observations().forEach(o -> statuses.add(o.status() == null ? "" : o.status()));
        return statuses.size() == 1 ? statuses.iterator().next() : "P";
    }

    public static boolean isFinal(String resultStatus) {
        return resultStatus != null && FINAL_STATUSES.contains(resultStatus);
    }

    /** Counts one interpreted observation into the report's abnormal and critical marks. */
    public void include(Interpretation interpretation) {
        abnormal |= interpretation.abnormal();
        critical |= interpretation.critical();
    }

    public void supersededBy(LabReport later) {
        this.supersededBy = later;
    }

    public void signOff(String by, Instant at) {
        if (signedOffAt != null) {
            throw new IllegalStateException("Already signed off");
        }
        this.signedOffBy = by;
        this.signedOffAt = at;
    }

    public Long getId() {
        return id;
    }

    public LabMessage getMessage() {
        return message;
    }

    public LabOrder getOrder() {
        return order;
    }

    public Patient getPatient() {
        return patient;
    }

    public String getReviewer() {
        return reviewer;
    }

    public String getFillerOrderNumber() {
        return fillerOrderNumber;
    }

    public String getTestCode() {
        return testCode;
    }

    public String getTestName() {
        return testName;
    }

    public String getResultStatus() {
        return resultStatus;
    }

    public boolean isAbnormal() {
        return abnormal;
    }

    public boolean isCritical() {
        return critical;
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }

    public Instant getObservedAt() {
        return observedAt;
    }

    public LabReport getSupersededBy() {
        return supersededBy;
    }

    public Instant getSignedOffAt() {
        return signedOffAt;
    }

    public String getSignedOffBy() {
        return signedOffBy;
    }
}
