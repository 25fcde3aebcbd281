package org.hpms.lab.domain;

/**
 * A lab message that cannot be taken in, with the reason a lab technician (and the sending system,
 * in the AE/AR acknowledgement) can act on. The reason names fields, never patient data.
 */
public class MalformedLabMessageException extends RuntimeException {

    private final boolean rejected;

    /** The content is wrong (answered AE: application error). */
    public MalformedLabMessageException(String reason) {
        this(reason, null, false);
    }

    public MalformedLabMessageException(String reason, Throwable cause) {
        this(reason, cause, false);
    }

    private MalformedLabMessageException(String reason, Throwable cause, boolean rejected) {
        super(reason, cause);
        this.rejected = rejected;
    }

    /** The message as a whole is not one we take (empty, no usable header, another type or version): answered AR. */
    public static MalformedLabMessageException rejected(String reason) {
        return new MalformedLabMessageException(reason, null, true);
    }

    /** The HL7 acknowledgement code this answers: AR (rejected) or AE (error). */
    public String getAckCode() {
        return rejected ? "AR" : "AE";
    }

    public String getReason() {
        return getMessage();
    }
}
