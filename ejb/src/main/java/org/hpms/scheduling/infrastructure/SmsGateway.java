package org.hpms.scheduling.infrastructure;

/**
 * Sends a text message. The hospital's SMS provider plugs in here (a CDI alternative); the default
 * implementation only logs that a message was handed over.
 */
public interface SmsGateway {

    /** Hands the message over; throws when the gateway refuses it (the delivery is then retried). */
    void send(String phoneNumber, String text, String reference);
}
