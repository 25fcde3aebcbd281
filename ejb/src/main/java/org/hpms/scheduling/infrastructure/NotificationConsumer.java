package org.hpms.scheduling.infrastructure;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.EJB;
import jakarta.ejb.MessageDriven;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import java.util.logging.Logger;
import org.hpms.scheduling.application.NotificationDelivery;
import org.hpms.security.Roles;

/** Takes notification ids off the Notifications queue and has each delivered (up to four at a time). */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = "java:/jms/queue/Notifications"),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
        @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "4")})
@RunAs(Roles.ADMIN)
@PermitAll // the queue is in-VM only (not exported); the dispatcher is its one producer
public class NotificationConsumer implements MessageListener {

    private static final Logger LOG = Logger.getLogger(NotificationConsumer.class.getName());

    @EJB
    NotificationDelivery delivery;

    @Override
    public void onMessage(Message message) {
        Long id;
        try {
            id = message.getBody(Long.class);
        } catch (JMSException | RuntimeException e) {
            // Only the dispatcher writes here; a foreign message is refused, retried and parked on the dead-letter queue (DLQ).
            LOG.warning(() -> "Refused a message on the Notifications queue that carries no notification id: " + e);
            throw new IllegalArgumentException("not a notification id", e);
        }
        delivery.deliver(id);
    }
}
