package org.hpms.audit.domain;

import java.io.Serializable;

/** Result of checking the audit chain: how many rows were checked and, if broken, where and why. */
public record ChainVerification(boolean intact, long rowsChecked, Long firstBadSequence, String problem)
        implements Serializable {

    public static ChainVerification intact(long rowsChecked) {
        return new ChainVerification(true, rowsChecked, null, null);
    }

    public static ChainVerification brokenAt(long rowsChecked, long sequence, String problem) {
        return new ChainVerification(false, rowsChecked, sequence, problem);
    }
}
