package org.hpms.lab.infrastructure;

import ca.uhn.hl7v2.DefaultHapiContext;
import ca.uhn.hl7v2.HL7Exception;
import ca.uhn.hl7v2.HapiContext;
import ca.uhn.hl7v2.model.Message;
import ca.uhn.hl7v2.util.idgenerator.UUIDGenerator;

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

    static <T extends Message> T create(Class<T> type) {
        try {
            return CONTEXT.newMessage(type);
        } catch (HL7Exception e) {
            throw new IllegalStateException("Could not create an HL7 " + type.getSimpleName(), e);
        }
    }
}
