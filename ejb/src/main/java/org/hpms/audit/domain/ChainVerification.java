package org.hpms.audit.domain;

import java.io.Serializable;

/**
 * Result of checking the audit chains: how many rows were checked and, if broken, in which chain, at
 * which position and why.
 */
public record ChainVerification(boolean intact, long rowsChecked, Integer chain, Long firstBadPosition, String problem)
        implements Serializable {

    public static ChainVerification intact(long rowsChecked) {
        return new ChainVerification(true, rowsChecked, null, null, null);
    }

    public static ChainVerification brokenAt(long rowsChecked, int chain, long position, String problem) {
        return new ChainVerification(false, rowsChecked, chain, position, problem);
    }

    /** Broken, but not at a position of one chain (rows that belong to none). */
    public static ChainVerification broken(long rowsChecked, String problem) {
        return new ChainVerification(false, rowsChecked, null, null, problem);
    }

    /** This result with the rows of chains checked before added to its count. */
    public ChainVerification after(long rowsCheckedBefore) {
        return new ChainVerification(intact, rowsCheckedBefore + rowsChecked, chain, firstBadPosition, problem);
    }
}
