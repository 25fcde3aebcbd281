package org.hpms.audit.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.hpms.shared.crypto.AuditChainMac;
import org.hpms.shared.persistence.Columns;

/**
 * One audited access. Append-only: no setters, no updates. Unlike other entities it has no
 * audit columns or version of its own; it is the audit record, and its integrity comes from
 * the chain ({@link #rowHash} covers every field and the previous row's hash).
 * Details never contain PHI: they name what was searched by, not what was typed.
 */
@Entity
@Table(name = "audit_event")
public class AuditEvent {

    @Id
    @Column(name = "seq")
    private long sequence;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(name = "username", nullable = false, length = 64)
    private String username;

    @Column(name = "roles", nullable = false, length = 200)
    private String roles;

    @Enumerated(EnumType.STRING)
    @Column(name = "action", nullable = false, length = 64)
    private AuditAction action;

    @Column(name = "patient_mrn", length = 16)
    private String patientMrn;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome", nullable = false, length = 16)
    private AuditOutcome outcome;

    @Column(name = "detail", length = 500)
    private String detail;

    @Column(name = "prev_hash", nullable = false, length = 64)
    private String previousHash;

    @Column(name = "row_hash", nullable = false, length = 64)
    private String rowHash;

    protected AuditEvent() {
    }

    /** Creates the next link of the chain after the row whose hash is {@code previousHash}. */
    public AuditEvent(long sequence, String previousHash, Instant occurredAt, String username, String roles,
                      AuditAction action, String patientMrn, AuditOutcome outcome, String detail, AuditChainMac mac) {
        this.sequence = sequence;
        this.previousHash = previousHash;
        this.occurredAt = occurredAt.truncatedTo(ChronoUnit.MICROS); // what DATETIME(6) keeps
        this.username = username;
        this.roles = roles;
        this.action = action;
        this.patientMrn = patientMrn;
        this.outcome = outcome;
        this.detail = Columns.clip(detail, 500);
        this.rowHash = mac.link(previousHash, canonicalText());
    }

    /** The text the chain MAC covers; any change to a stored field changes it. */
    public String canonicalText() {
        return String.join("|", Long.toString(sequence), occurredAt.toString(), username, roles, action.name(),
                String.valueOf(patientMrn), outcome.name(), String.valueOf(detail));
    }

    /** True when this row's stored hash matches its content and the given predecessor hash. */
    public boolean verifiesAfter(String expectedPreviousHash, AuditChainMac mac) {
        return previousHash.equals(expectedPreviousHash) && rowHash.equals(mac.link(previousHash, canonicalText()));
    }

    public long getSequence() {
        return sequence;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getUsername() {
        return username;
    }

    public String getRoles() {
        return roles;
    }

    public AuditAction getAction() {
        return action;
    }

    public String getPatientMrn() {
        return patientMrn;
    }

    public AuditOutcome getOutcome() {
        return outcome;
    }

    public String getDetail() {
        return detail;
    }

    public String getPreviousHash() {
        return previousHash;
    }

    public String getRowHash() {
        return rowHash;
    }
}
