package org.hpms.audit.domain;

import org.hpms.shared.crypto.AuditChainMac;

/**
 * Walks one chain's rows in position order and finds the first that breaks it: a missing position
 * (deleted row), a row whose content no longer matches its hash (edited row), a row that does not point
 * at its predecessor (inserted or reordered row), or a chain that ends before its recorded head (deleted tail).
 */
public final class AuditChainVerifier {

    private final AuditChainMac mac;
    private final int chain;
    private long expectedPosition = 1;
    private String expectedPreviousHash = AuditChainHead.GENESIS_HASH;
    private long rowsChecked;
    private ChainVerification failure;

    public AuditChainVerifier(AuditChainMac mac, int chain) {
        this.mac = mac;
        this.chain = chain;
    }

    /** Feeds the chain's next row; returns false once the chain is known to be broken. */
    public boolean accept(AuditEvent event) {
        if (failure != null) {
            return false;
        }
        if (event.getChain() != chain || event.getChainSequence() != expectedPosition) {
            failure = ChainVerification.brokenAt(rowsChecked, chain, expectedPosition, "Chain " + chain + ": row "
                    + expectedPosition + " is missing (the next row found is " + event.getChainSequence() + ", id " + event.getSequence() + ")");
            return false;
        }
        if (!event.verifiesAfter(expectedPreviousHash, mac)) {
            failure = ChainVerification.brokenAt(rowsChecked, chain, expectedPosition, "Chain " + chain + ": row " + expectedPosition
                    + " (id " + event.getSequence() + ") does not match its hash: it was altered or inserted");
            return false;
        }
        rowsChecked++;
        expectedPosition++;
        expectedPreviousHash = event.getRowHash();
        return true;
    }

    public ChainVerification finish(AuditChainHead head) {
        if (failure != null) {
            return failure;
        }
        long lastSeen = expectedPosition - 1;
        if (head.getLastSequence() != lastSeen || !head.getLastHash().equals(expectedPreviousHash)) {
            return ChainVerification.brokenAt(rowsChecked, chain, lastSeen + 1, "Chain " + chain + " ends at row " + lastSeen
                    + " but its head records row " + head.getLastSequence() + ": rows at the end were deleted or the head was altered");
        }
        return ChainVerification.intact(rowsChecked);
    }
}
