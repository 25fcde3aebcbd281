package org.hpms.lab.infrastructure;

/**
 * Who sent a laboratory message and its id, as far as a quick look tells (blank where it does not):
 * enough to key a repeat and to address the answer even when the message itself cannot be read.
 */
public record LabEnvelope(String sendingApplication, String sendingFacility, String controlId) {

    public String sender() {
        String sender = (sendingApplication + " / " + sendingFacility).strip();
        return sender.length() <= 200 ? sender : sender.substring(0, 200);
    }
}
