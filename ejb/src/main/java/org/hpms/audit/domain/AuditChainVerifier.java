package org.hpms.audit.domain;

import org.hpms.shared.crypto.AuditChainMac;

/**
 * Walks the audit rows in sequence order and finds the first that breaks the chain: a missing
 * sequence number (deleted row), a row whose content no longer matches its hash (edited row), a
 * row that does not point at its predecessor (inserted or reordered row), or a chain that ends
 * before the recorded head (deleted tail).
 */
public final class AuditChainVerifier {

    private final AuditChainMac mac;
    private long expectedSequence = 1;
    private String expectedPreviousHash = AuditChainHead.GENESIS_HASH;
    private long rowsChecked;
    private ChainVerification failure;

    public AuditChainVerifier(AuditChainMac mac) {
        this.mac = mac;
    }

    /** Feeds the next row; returns false once the chain is known to be broken. */
    public boolean accept(AuditEvent event) {
        if (failure != null) {
            return false;
        }
        if (event.getSequence() != expectedSequence) {
            failure = ChainVerification.brokenAt(rowsChecked, expectedSequence,
                    "Row " + expectedSequence + " is missing (next row found is " + event.getSequence() + ")");
            return false;
        }
        if (!event.verifiesAfter(expectedPreviousHash, mac)) {
            failure = ChainVerification.brokenAt(rowsChecked, event.getSequence(),
                    "Row " + event.getSequence() + " does not match its hash: it was altered or inserted");
            return false;
        }
        rowsChecked++;
        expectedSequence++;
        expectedPreviousHash = event.getRowHash();
        return true;
    }

    public ChainVerification finish(AuditChainHead head) {
        if (failure != null) {
            return failure;
        }
        long lastSeen = expectedSequence - 1;
        if (head.getLastSequence() != lastSeen || !head.getLastHash().equals(expectedPreviousHash)) {
            return ChainVerification.brokenAt(rowsChecked, lastSeen + 1,
                    "The chain ends at row " + lastSeen + " but the head records row " + head.getLastSequence()
                            + ": rows at the end were deleted or the head was altered");
        }
        return ChainVerification.intact(rowsChecked);
    }
}
