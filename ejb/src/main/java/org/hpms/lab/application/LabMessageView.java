package org.hpms.lab.application;

import java.io.Serializable;
import java.time.Instant;
import org.hpms.lab.domain.LabMessage;
import org.hpms.lab.domain.LabMessageStatus;

/**
 * A laboratory message in the work lists: who sent it, when, under which id (MSH-10 as sent), what
 * became of it and why (never its content).
 */
public record LabMessageView(long id, Instant receivedAt, String sender, String controlId, LabMessageStatus status, String ackCode,
                             String reason) implements Serializable {

    static LabMessageView of(LabMessage message) {
        return new LabMessageView(message.getId(), message.getReceivedAt(), message.getSender(), message.getSentControlId(),
                message.getStatus(), message.getAckCode(), message.getReason());
    }
}
