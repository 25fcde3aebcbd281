package org.hpms.audit.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.hpms.shared.crypto.AuditChainMac;
import org.hpms.shared.persistence.Columns;

/**
 * One audited access. Append-only: no setters, no updates. Unlike other entities it has no
 * audit columns or version of its own; it is the audit record, and its integrity comes from
 * its chain ({@link #rowHash} covers every field but the id, and the previous row's hash).
 * Details never contain PHI: they name what was searched by, not what was typed.
 * Rows are appended to one of several chains side by side ({@link AuditChainHead}); {@link #chainSequence}
 * is the row's position in its chain, {@link #sequence} only its id.
 */
@Entity
@Table(name = "audit_event")
public class AuditEvent {

    /** From a table in blocks: appends to different chains share no lock. */
    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "auditEventIds")
    @TableGenerator(name = "auditEventIds", table = "id_sequence", pkColumnName = "name", valueColumnName = "next_value",
            pkColumnValue = "AUDIT_EVENT", allocationSize = 100)
    @Column(name = "seq")
    private Long sequence;

    @Column(name = "chain", nullable = false, updatable = false)
    private int chain;

    @Column(name = "chain_seq", nullable = false, updatable = false)
    private long chainSequence;

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

    /** Creates the link at {@code chainSequence} of the chain, after the row whose hash is {@code previousHash}. */
    public AuditEvent(int chain, long chainSequence, String previousHash, Instant occurredAt, String username, String roles,
                      AuditAction action, String patientMrn, AuditOutcome outcome, String detail, AuditChainMac mac) {
        this.chain = chain;
        this.chainSequence = chainSequence;
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

    /**
     * The text the chain MAC covers; any change to a stored field but the id changes it. The row's place
     * is written "position" in chain 1 (as the rows of the single chain before V17 were, whose position is
     * their id) and "chain:position" in the others.
     */
    public String canonicalText() {
        String place = chain == 1 ? Long.toString(chainSequence) : chain + ":" + chainSequence;
        return String.join("|", place, occurredAt.toString(), username, roles, action.name(),
                String.valueOf(patientMrn), outcome.name(), String.valueOf(detail));
    }

    /** True when this row's stored hash matches its content and the given predecessor hash. */
    public boolean verifiesAfter(String expectedPreviousHash, AuditChainMac mac) {
        return previousHash.equals(expectedPreviousHash) && rowHash.equals(mac.link(previousHash, canonicalText()));
    }

    /** The row's id (null until stored). */
    public Long getSequence() {
        return sequence;
    }

    public int getChain() {
        return chain;
    }

    public long getChainSequence() {
        return chainSequence;
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
