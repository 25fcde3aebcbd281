package org.hpms.scheduling.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class NotificationDeliveryTest {

    @Test
    void transportErrorsAreRecordedWithoutTheRecipientsAddressOrNumber() {
        assertEquals("SendFailedException: Invalid Addresses: <address>; 550 no such user",
                NotificationDelivery.withoutAddresses("SendFailedException: Invalid Addresses: rina.k@example.org; 550 no such user"));
        assertEquals("GatewayException: number <number> unreachable",
                NotificationDelivery.withoutAddresses("GatewayException: number +880 1711-123456 unreachable"));
        assertEquals("MailConnectException: Couldn't connect to host, port: 127.0.0.1, 25; timeout -1",
                NotificationDelivery.withoutAddresses("MailConnectException: Couldn't connect to host, port: 127.0.0.1, 25; timeout -1"));
    }
}
