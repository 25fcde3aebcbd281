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
import jakarta.persistence.TableGenerator;
import java.time.Instant;
import org.hpms.patient.domain.Patient;
import org.hpms.shared.crypto.PhiStringConverter;
import org.hpms.shared.crypto.Sha256;
import org.hpms.shared.persistence.AuditedEntity;
import org.hpms.shared.persistence.Columns;

/**
 * A message as a laboratory posted it (the raw text, encrypted), identified by its sender and control
 * id, with what became of it and the acknowledgement code it was answered with.
 */
@Entity
@Table(name = "lab_message")
@NamedQuery(name = LabMessage.BY_SENDERS_AND_CONTROL_IDS,
        query = "SELECT m FROM LabMessage m WHERE m.sender IN :senders AND m.controlId IN :controlIds")
public class LabMessage extends AuditedEntity {

    /** Parameters {@code senders} and {@code controlIds}: the messages of a batch that were taken before (and some pairs more). */
    public static final String BY_SENDERS_AND_CONTROL_IDS = "LabMessage.bySendersAndControlIds";

    /** From a table in blocks (not AUTO_INCREMENT), so that a batch of lab results is inserted in batched statements. */
    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "labMessageIds")
    @TableGenerator(name = "labMessageIds", table = "id_sequence", pkColumnName = "name", valueColumnName = "next_value",
            pkColumnValue = "LAB_MESSAGE", allocationSize = 1000)
    private Long id;

    @Column(name = "sender", nullable = false, length = 200, updatable = false)
    private String sender;

    @Column(name = "control_id", nullable = false, length = 199, updatable = false)
    private String controlId;

    /** MSH-10 as the sender wrote it (for a parked message {@link #controlId} is the hash of its bytes); null when missing. */
    @Column(name = "sent_control_id", length = 199, updatable = false)
    private String sentControlId;

    @Column(name = "received_at", nullable = false, updatable = false)
    private Instant receivedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private LabMessageStatus status;

    @Column(name = "ack_code", nullable = false, length = 2)
    private String ackCode;

    @Column(name = "reason", length = 500)
    private String reason;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "patient_id")
    private Patient patient;

    @Convert(converter = PhiStringConverter.class)
    @Column(name = "raw_enc", nullable = false, updatable = false)
    private String raw;

    protected LabMessage() {
    }

    private LabMessage(String sender, String controlId, String sentControlId, Instant receivedAt, String raw, LabMessageStatus status,
                       String ackCode, String reason, Patient patient) {
        this.sender = sender;
        this.controlId = controlId;
        this.sentControlId = sentControlId == null || sentControlId.isBlank() ? null : Columns.clip(sentControlId, 199);
        this.receivedAt = receivedAt;
        this.raw = raw == null ? "" : raw;
        this.status = status;
        this.ackCode = ackCode;
        this.reason = Columns.clip(reason, 500);
        this.patient = patient;
    }

    public static LabMessage stored(String sender, String controlId, Instant receivedAt, String raw, Patient patient) {
        return new LabMessage(sender, controlId, controlId, receivedAt, raw, LabMessageStatus.STORED, "AA", null, patient);
    }

    /** Read and accepted (AA: the lab need not resend), but not yet on any record. */
    public static LabMessage unmatched(String sender, String controlId, Instant receivedAt, String raw, String reason) {
        return new LabMessage(sender, controlId, controlId, receivedAt, raw, LabMessageStatus.UNMATCHED, "AA", reason, null);
    }

    /** What an unreadable message is known by: its content, so that the same bytes again are the same message. */
    public static String contentKey(String raw) {
        return "sha256:" + Sha256.hex(raw == null ? "" : raw);
    }

    /** Keyed by {@link #contentKey}; {@code sentControlId} as far as it could be read. */
    public static LabMessage parked(String sender, String contentKey, String sentControlId, Instant receivedAt, String raw, String ackCode,
                                    String reason) {
        return new LabMessage(sender, contentKey, sentControlId, receivedAt, raw, LabMessageStatus.PARKED, ackCode, reason, null);
    }

    /** A lab technician names the patient an unmatched result belongs to. */
    public void linkTo(Patient patient, String by) {
        requireUnmatched();
        this.patient = patient;
        this.status = LabMessageStatus.STORED;
        this.reason = "Linked by " + by;
    }

    /** A lab technician decides an unmatched result belongs to no patient of ours; it stays, with the reason. */
    public void reject(String why, String by) {
        requireUnmatched();
        this.status = LabMessageStatus.REJECTED;
        this.reason = Columns.clip("Rejected by " + by + ": " + why, 500);
    }

    private void requireUnmatched() {
        if (status != LabMessageStatus.UNMATCHED) {
            throw new IllegalStateException("Only an unmatched message can be linked or rejected");
        }
    }

    public Long getId() {
        return id;
    }

    public String getSender() {
        return sender;
    }

    public String getControlId() {
        return controlId;
    }

    public String getSentControlId() {
        return sentControlId;
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }

    public LabMessageStatus getStatus() {
        return status;
    }

    public String getAckCode() {
        return ackCode;
    }

    public String getReason() {
        return reason;
    }

    public String getRaw() {
        return raw;
    }
}
