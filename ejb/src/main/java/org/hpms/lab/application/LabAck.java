package org.hpms.lab.application;

import org.hpms.lab.domain.LabMessageFormat;

/**
 * How a laboratory's message is answered: AA (accepted, also for a second delivery of a message
 * already taken), AE (error in the content) or AR (rejected), with the reason for the last two; and
 * whom to address the answer to, in the format the message came in.
 */
public record LabAck(LabMessageFormat format, String code, String reason, String controlId, String sendingApplication,
                     String sendingFacility) {
}
