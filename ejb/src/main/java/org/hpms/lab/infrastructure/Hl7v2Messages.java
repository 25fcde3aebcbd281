package org.hpms.lab.infrastructure;

import ca.uhn.hl7v2.DefaultHapiContext;
import ca.uhn.hl7v2.HL7Exception;
import ca.uhn.hl7v2.HapiContext;
import ca.uhn.hl7v2.model.Message;
import ca.uhn.hl7v2.model.v251.segment.MSH;
import ca.uhn.hl7v2.util.idgenerator.UUIDGenerator;
import java.io.IOException;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import org.hpms.shared.config.HpmsConfiguration;

/**
 * New HL7 v2 messages we send (ACKs, orders). HAPI's default numbers new messages from a file in the
 * working directory, read and rewritten under a lock for every message: a bottleneck under load and a
 * stray file in the server's directory. Our messages get a UUID as MSH-10 instead.
 */
final class Hl7v2Messages {

    private static final HapiContext CONTEXT = context();

    private Hl7v2Messages() {
    }

    private static HapiContext context() {
        HapiContext context = new DefaultHapiContext();
        context.getParserConfiguration().setIdGenerator(new UUIDGenerator());
        return context;
    }

    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss.SSSZ");

    /**
     * Fills the header as HAPI's {@code initQuickstart} does (separators, now, type, a new control id,
     * processing id, version), with the time formatted by java.time: HAPI's Calendar-based formatting
     * was half the cost of every acknowledgement.
     */
    static void header(MSH msh, String code, String triggerEvent, String structure, String processingId) throws HL7Exception, IOException {
        msh.getFieldSeparator().setValue("|");
        msh.getEncodingCharacters().setValue("^~\\&");
        msh.getDateTimeOfMessage().getTime().setValue(TIMESTAMP.format(ZonedDateTime.now(HpmsConfiguration.hospitalZone())));
        msh.getMessageType().getMessageCode().setValue(code);
        msh.getMessageType().getTriggerEvent().setValue(triggerEvent);
        msh.getMessageType().getMessageStructure().setValue(structure);
        msh.getMessageControlID().setValue(CONTEXT.getParserConfiguration().getIdGenerator().getID());
        msh.getProcessingID().getProcessingID().setValue(processingId);
        msh.getVersionID().getVersionID().setValue("2.5.1");
    }

    static <T extends Message> T create(Class<T> type) {
        try {
            return CONTEXT.newMessage(type);
        } catch (HL7Exception e) {
            throw new IllegalStateException("Could not create an HL7 " + type.getSimpleName(), e);
        }
    }
}
