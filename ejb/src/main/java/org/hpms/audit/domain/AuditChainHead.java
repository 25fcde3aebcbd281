package org.hpms.audit.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The single row that records the end of the audit chain. Appending locks it, which orders all
 * appends; comparing it with the last audit row also reveals a deleted tail of the chain.
 */
@Entity
@Table(name = "audit_chain_head")
public class AuditChainHead {

    public static final int SINGLETON_ID = 1;
    public static final String GENESIS_HASH = "0".repeat(64);

    @Id
    @Column(name = "id")
    private int id;

    @Column(name = "last_seq", nullable = false)
    private long lastSequence;

    @Column(name = "last_hash", nullable = false, length = 64)
    private String lastHash;

    protected AuditChainHead() {
    }

    public void advanceTo(AuditEvent event) {
        this.lastSequence = event.getSequence();
        this.lastHash = event.getRowHash();
    }

    public long getLastSequence() {
        return lastSequence;
    }

    public String getLastHash() {
        return lastHash;
    }
}
