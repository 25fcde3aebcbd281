package org.hpms.lab.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.hpms.lab.application.LabAck;
import org.hpms.lab.domain.LabMessageFormat;
import org.junit.jupiter.api.Test;

/** The HL7 acknowledgements a laboratory gets back. */
class Hl7v2AcksTest {

    @Test
    void anAcceptedMessageIsAnsweredAaAddressedBackToItsSender() {
        List<String> ack = segments(Hl7v2Acks.encode(new LabAck(LabMessageFormat.HL7_V2, "AA", null, "MSG-42", "LIS^lab.example.org^DNS", "Central Lab")));

        String[] msh = ack.get(0).split("\\|", -1);
        assertEquals("HPMS", msh[2]);
        assertEquals("LIS^lab.example.org^DNS", msh[4], "MSH-5 is the sending application of the message answered");
        assertEquals("Central Lab", msh[5]);
        assertTrue(msh[6].matches("\\d{14}\\.\\d{3}[+-]\\d{4}"), "MSH-7 is the time of the answer: " + msh[6]);
        assertEquals("ACK^^ACK", msh[8]);
        assertTrue(msh[9].matches("[0-9a-f-]{36}"), "MSH-10 is a new control id of ours: " + msh[9]);
        assertEquals("P", msh[10]);
        assertEquals("2.5.1", msh[11]);
        assertEquals("MSA|AA|MSG-42", ack.get(1));
        assertFalse(ack.stream().anyMatch(segment -> segment.startsWith("ERR")), "no error segment");
    }

    @Test
    void anErrorCarriesTheReasonShortInMsaAndWholeInErr() {
        String reason = "OBX 12: OBX-5 is not a number although OBX-2 says NM, and the rest of a long explanation goes on";
        List<String> ack = segments(Hl7v2Acks.encode(new LabAck(LabMessageFormat.HL7_V2, "AE", reason, "MSG-43", "LIS", "Central Lab")));

        String msa = ack.get(1);
        assertTrue(msa.startsWith("MSA|AE|MSG-43|OBX 12: OBX-5 is not a number"), msa);
        assertEquals(80, msa.split("\\|", -1)[3].length(), "MSA-3 holds 80 characters");
        assertEquals("ERR|||207^^HL70357|E||||" + reason, ack.get(2));
    }

    @Test
    void aRejectionSaysSoWithItsCode() {
        List<String> ack = segments(Hl7v2Acks.encode(new LabAck(LabMessageFormat.HL7_V2, "AR", "MSH-9 (message type) is missing", "", "", "")));

        assertEquals("MSA|AR||MSH-9 (message type) is missing", ack.get(1));
        assertTrue(ack.get(2).startsWith("ERR|||200^^HL70357|E|"), ack.get(2));
    }

    private static List<String> segments(String message) {
        return Arrays.stream(message.split("\r")).filter(segment -> !segment.isBlank()).toList();
    }
}
