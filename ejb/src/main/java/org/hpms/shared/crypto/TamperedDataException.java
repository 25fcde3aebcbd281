package org.hpms.shared.crypto;

/** A stored encrypted value or audit row does not verify: it was altered, or the key is wrong. */
public class TamperedDataException extends RuntimeException {
    public TamperedDataException(String message) {
        super(message);
    }
}
