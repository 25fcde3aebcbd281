package org.hpms.lab.infrastructure;

import ca.uhn.hl7v2.HL7Exception;
import ca.uhn.hl7v2.model.v251.message.ACK;
import ca.uhn.hl7v2.model.v251.segment.ERR;
import ca.uhn.hl7v2.model.v251.segment.MSH;
import java.io.IOException;
import org.hpms.lab.application.LabAck;

/** The HL7 v2.5.1 ACK that answers a laboratory's message (MSA-2 names the message; ERR-8 says what was wrong). */
public final class Hl7v2Acks {

    static final String APPLICATION = "HPMS";
    static final String FACILITY = "HPMS";

    private Hl7v2Acks() {
    }

    public static String encode(LabAck answer) {
        try {
            ACK ack = Hl7v2Messages.create(ACK.class);
            MSH msh = ack.getMSH();
            Hl7v2Messages.header(msh, "ACK", null, "ACK", "P");
            msh.getSendingApplication().getNamespaceID().setValue(APPLICATION);
            msh.getSendingFacility().getNamespaceID().setValue(FACILITY);
            msh.getReceivingApplication().parse(answer.sendingApplication());
            msh.getReceivingFacility().parse(answer.sendingFacility());
            ack.getMSA().getAcknowledgmentCode().setValue(answer.code());
            ack.getMSA().getMessageControlID().setValue(answer.controlId());
            if (answer.reason() != null) {
                // MSA-3 holds 80 characters; ERR-8 the whole reason.
                ack.getMSA().getTextMessage().setValue(answer.reason().length() <= 80 ? answer.reason()
                        : answer.reason().substring(0, 77) + "...");
                ERR err = ack.getERR();
                err.getHL7ErrorCode().getIdentifier().setValue("AR".equals(answer.code()) ? "200" : "207");
                err.getHL7ErrorCode().getNameOfCodingSystem().setValue("HL70357");
                err.getSeverity().setValue("E");
                err.getUserMessage().setValue(answer.reason());
            }
            return ack.encode();
        } catch (HL7Exception | IOException e) {
            throw new IllegalStateException("Could not build the HL7 acknowledgement", e);
        }
    }
}
