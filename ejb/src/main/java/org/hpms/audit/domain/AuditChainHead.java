package org.hpms.audit.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The row that records the end of one audit chain ({@link #CHAINS} side by side). Appending to a chain locks
 * its head, which orders that chain's appends; comparing the head with the chain's last row also reveals
 * a deleted tail.
 */
@Entity
@Table(name = "audit_chain_head")
public class AuditChainHead {

    /** How many chains there are (heads 1 to 32: V17, V18). */
    public static final int CHAINS = 32;

    public static final String GENESIS_HASH = "0".repeat(64);

    @Id
    @Column(name = "id")
    private int id;

    /** The position of the chain's last row. */
    @Column(name = "last_seq", nullable = false)
    private long lastSequence;

    @Column(name = "last_hash", nullable = false, length = 64)
    private String lastHash;

    protected AuditChainHead() {
    }

    /** A head as it stands (the append path reads and writes heads in SQL). */
    public AuditChainHead(int chain, long lastSequence, String lastHash) {
        this.id = chain;
        this.lastSequence = lastSequence;
        this.lastHash = lastHash;
    }

    public void advanceTo(AuditEvent event) {
        this.lastSequence = event.getChainSequence();
        this.lastHash = event.getRowHash();
    }

    public int getChain() {
        return id;
    }

    public long getLastSequence() {
        return lastSequence;
    }

    public String getLastHash() {
        return lastHash;
    }
}
