package org.hpms.lab.infrastructure;

import org.hpms.lab.domain.LabResultMessage;
import org.hpms.shared.persistence.Columns;

/**
 * Who sent a laboratory message and its id, as far as a quick look tells (blank where it does not):
 * enough to key a repeat and to address the answer even when the message itself cannot be read.
 */
public record LabEnvelope(String sendingApplication, String sendingFacility, String controlId) {

    /** The envelope of a message that was read: the same sender and id a quick look at its text gives. */
    public static LabEnvelope of(LabResultMessage message) {
        return new LabEnvelope(message.sendingApplication(), message.sendingFacility(), message.controlId());
    }

    public String sender() {
        return Columns.clip((sendingApplication + " / " + sendingFacility).strip(), 200);
    }
}
