package org.hpms.lab.domain;

/**
 * A lab message that cannot be taken in, with the reason a lab technician (and the sending system,
 * in the AE/AR acknowledgement) can act on. The reason names fields, never patient data.
 */
public class MalformedLabMessageException extends RuntimeException {

    public MalformedLabMessageException(String reason) {
        super(reason);
    }

    public MalformedLabMessageException(String reason, Throwable cause) {
        super(reason, cause);
    }

    public String getReason() {
        return getMessage();
    }
}
