package org.hpms.lab.infrastructure;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.EJB;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.BytesMessage;
import jakarta.jms.Destination;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.jms.Queue;
import jakarta.jms.TextMessage;
import java.nio.charset.StandardCharsets;
import org.hpms.lab.application.LabAck;
import org.hpms.lab.application.LabResultIngestion;
import org.hpms.lab.domain.LabMessageFormat;
import org.hpms.security.Roles;

/**
 * Takes laboratories' messages off the LabResults queue. Taking the message, storing what it says and
 * sending the answer (to the message's JMSReplyTo, else to LabAcks) are one XA transaction: a crash
 * in between undoes all three and the broker delivers again. A message that cannot be read is parked
 * and answered, not thrown back; only a failure of our own (database down) rolls back, and after the
 * configured redeliveries the broker moves the message to the DLQ.
 */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = "java:/jms/queue/LabResults"),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
        @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "8")})
@RunAs(Roles.LAB_SYSTEM)
@PermitAll // the broker has authenticated the sender (LAB_SYSTEM may send to the lab queues, nothing else)
public class LabResultConsumer implements MessageListener {

    @EJB
    LabResultIngestion ingestion;

    @Inject
    JMSContext jms;

    @Resource(lookup = "java:/jms/queue/LabAcks")
    Queue acks;

    @Override
    public void onMessage(Message message) {
        try {
            LabAck answer = ingestion.ingest(textOf(message));
            Destination replyTo = message.getJMSReplyTo() != null ? message.getJMSReplyTo() : acks;
            // The correlation id lets a lab that reads the shared LabAcks queue pick out the answers to its own messages.
            jms.createProducer().setProperty("hpmsAckCode", answer.code()).setJMSCorrelationID(message.getJMSMessageID())
                    .send(replyTo, answer.format() == LabMessageFormat.FHIR_R4 ? FhirR4Acks.encode(answer) : Hl7v2Acks.encode(answer));
        } catch (JMSException e) {
            throw new IllegalStateException("Could not read the lab message or send its acknowledgement", e);
        }
    }

    /**
     * Text messages as they are, bytes messages as UTF-8 (some lab engines send those); any other kind
     * is described by its JMS id, so that each is parked as a message of its own rather than taken for
     * a repeat of the last one.
     */
    static String textOf(Message message) throws JMSException {
        if (message instanceof TextMessage text) {
            return text.getText();
        }
        if (message instanceof BytesMessage bytes) {
            byte[] body = new byte[(int) bytes.getBodyLength()];
            bytes.readBytes(body);
            return new String(body, StandardCharsets.UTF_8);
        }
        return "(not a text message: " + message.getClass().getSimpleName() + " " + message.getJMSMessageID() + ")";
    }
}
