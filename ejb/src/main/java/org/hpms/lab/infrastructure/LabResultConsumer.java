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
import jakarta.jms.JMSConnectionFactory;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.JMSProducer;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.jms.Queue;
import jakarta.jms.TextMessage;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.hpms.lab.application.LabAck;
import org.hpms.lab.application.LabResultIngestion;
import org.hpms.lab.domain.LabMessageFormat;
import org.hpms.security.Roles;
import org.hpms.shared.config.HpmsConfiguration;

/**
 * Takes laboratories' messages off the LabResults queue. Taking the messages, storing what they say and
 * sending the answers (to each message's JMSReplyTo, else to LabAcks) are one XA transaction: a crash
 * in between undoes all three and the broker delivers again. A message that cannot be read is parked
 * and answered, not thrown back; only a failure of our own (database down) rolls back, and after the
 * configured redeliveries the broker moves the message to the DLQ.
 * <p>
 * The two-phase commit costs more than filing a result, so under load each delivery takes waiting
 * messages into its transaction, up to {@code HPMS_LAB_INGEST_BATCH} in all (through a connection
 * factory that does not prefetch, so none is held back from the other sessions). A message the broker
 * delivers again (its transaction failed) is taken alone, so that one bad message cannot keep failing
 * others with it; a redelivered one met while taking more ends the batch.
 */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = LabResultConsumer.LAB_RESULTS),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
        @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "8"),
        // No prefetch into the sessions either: waiting messages stay on the queue, where a batch can take them.
        @ActivationConfigProperty(propertyName = "consumerWindowSize", propertyValue = "0")})
@RunAs(Roles.LAB_SYSTEM)
@PermitAll // the broker has authenticated the sender (LAB_SYSTEM may send to the lab queues, nothing else)
public class LabResultConsumer implements MessageListener {

    static final String LAB_RESULTS = "java:/jms/queue/LabResults";

    @EJB
    LabResultIngestion ingestion;

    /** XA, and no consumer window: a message is fetched when asked for (see wildfly-config/30-messaging.cli). */
    @Inject
    @JMSConnectionFactory("java:/jms/LabIngestXA")
    JMSContext jms;

    @Resource(lookup = LAB_RESULTS)
    Queue labResults;

    @Resource(lookup = "java:/jms/queue/LabAcks")
    Queue acks;

    private final int batchSize = HpmsConfiguration.labIngestBatch();

    @Override
    public void onMessage(Message delivered) {
        try {
            List<Message> batch = withWaitingMessages(delivered);
            List<String> texts = new ArrayList<>(batch.size());
            for (Message message : batch) {
                texts.add(textOf(message));
            }
            List<LabAck> answers = ingestion.ingestAll(texts);
            JMSProducer producer = jms.createProducer();
            for (int i = 0; i < batch.size(); i++) {
                Message message = batch.get(i);
                LabAck answer = answers.get(i);
                Destination replyTo = message.getJMSReplyTo() != null ? message.getJMSReplyTo() : acks;
                // The correlation id lets a lab that reads the shared LabAcks queue pick out the answers to its own messages.
                producer.setProperty("hpmsAckCode", answer.code()).setJMSCorrelationID(message.getJMSMessageID())
                        .send(replyTo, answer.format() == LabMessageFormat.FHIR_R4 ? FhirR4Acks.encode(answer) : Hl7v2Acks.encode(answer));
            }
        } catch (JMSException e) {
            throw new IllegalStateException("Could not read a lab message or send its acknowledgement", e);
        }
    }

    private List<Message> withWaitingMessages(Message delivered) {
        if (batchSize <= 1 || redelivered(delivered)) {
            return List.of(delivered);
        }
        try (JMSConsumer waiting = jms.createConsumer(labResults)) {
            return batchOf(delivered, batchSize, waiting::receiveNoWait, LabResultConsumer::redelivered);
        }
    }

    /**
     * The delivered message and, unless the broker is delivering it again, up to {@code max - 1} more
     * from {@code waiting} (null when none is waiting), ending after one that is itself a redelivery.
     */
    static <M> List<M> batchOf(M delivered, int max, Supplier<M> waiting, Predicate<M> redelivered) {
        List<M> batch = new ArrayList<>();
        batch.add(delivered);
        if (redelivered.test(delivered)) {
            return batch;
        }
        while (batch.size() < max) {
            M next = waiting.get();
            if (next == null) {
                break;
            }
            batch.add(next);
            if (redelivered.test(next)) {
                break;
            }
        }
        return batch;
    }

    private static boolean redelivered(Message message) {
        try {
            return message.getJMSRedelivered();
        } catch (JMSException e) {
            throw new JMSRuntimeException(e.getMessage(), e.getErrorCode(), e);
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
