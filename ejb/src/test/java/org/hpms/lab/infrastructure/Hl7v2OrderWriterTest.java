package org.hpms.lab.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import ca.uhn.hl7v2.model.v251.message.ORM_O01;
import ca.uhn.hl7v2.model.v251.segment.OBR;
import ca.uhn.hl7v2.model.v251.segment.ORC;
import ca.uhn.hl7v2.model.v251.segment.PID;
import ca.uhn.hl7v2.parser.PipeParser;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.hpms.patient.domain.Sex;
import org.junit.jupiter.api.Test;

class Hl7v2OrderWriterTest {

    private static final String LONG_PLACER = "HPMS-LO-" + "9".repeat(150);

    @Test
    void aNewOrderReadsBackWithEveryFieldTheLabNeedsAndThePlacerNumberWhole() throws Exception {
        Hl7v2OrderWriter.Order order = new Hl7v2OrderWriter.Order("CTRL-1", "NW", LONG_PLACER, "100000017", "Núñez", "Zoë",
                LocalDate.of(1985, 4, 12), Sex.FEMALE, "2823-3", "Potassium [Moles/volume] in Serum or Plasma", "Serum", "S",
                Instant.parse("2026-11-26T08:15:00Z"), "dr.rahman", "Dr. Farhana Rahman", "K^+ low? | on diuretics & ACE-i", null);
        String text = new Hl7v2OrderWriter(ZoneId.of("Asia/Dhaka")).write(order, Instant.parse("2026-11-26T08:16:00Z"));

        PipeParser parser = PipeParser.getInstanceWithNoValidation();
        ORM_O01 message = (ORM_O01) parser.parse(text);
        assertEquals("ORM", message.getMSH().getMessageType().getMessageCode().getValue());
        assertEquals("O01", message.getMSH().getMessageType().getTriggerEvent().getValue());
        assertEquals("2.5.1", message.getMSH().getVersionID().getVersionID().getValue());
        assertEquals("CTRL-1", message.getMSH().getMessageControlID().getValue());
        assertEquals("20261126141600+0600", message.getMSH().getDateTimeOfMessage().getTime().getValue(), "in the hospital's zone");
        PID pid = message.getPATIENT().getPID();
        assertEquals("100000017", pid.getPatientIdentifierList(0).getIDNumber().getValue());
        assertEquals("MR", pid.getPatientIdentifierList(0).getIdentifierTypeCode().getValue());
        assertEquals("Núñez", pid.getPatientName(0).getFamilyName().getSurname().getValue());
        assertEquals("19850412", pid.getDateTimeOfBirth().getTime().getValue());
        assertEquals("F", pid.getAdministrativeSex().getValue());
        ORC orc = message.getORDER().getORC();
        assertEquals("NW", orc.getOrderControl().getValue());
        assertEquals(LONG_PLACER, orc.getPlacerOrderNumber().getEntityIdentifier().getValue(), "never truncated");
        assertEquals("S", orc.getQuantityTiming(0).getPriority().getValue());
        OBR obr = message.getORDER().getORDER_DETAIL().getOBR();
        assertEquals(LONG_PLACER, obr.getPlacerOrderNumber().getEntityIdentifier().getValue());
        assertEquals("2823-3", obr.getUniversalServiceIdentifier().getIdentifier().getValue());
        assertEquals("LN", obr.getUniversalServiceIdentifier().getNameOfCodingSystem().getValue());
        assertEquals("K^+ low? | on diuretics & ACE-i", obr.getRelevantClinicalInformation().getValue(), "escaped and read back");
        assertEquals("Serum", obr.getSpecimenSource().getSpecimenSourceNameOrCode().getText().getValue());
        assertEquals("dr.rahman", obr.getOrderingProvider(0).getIDNumber().getValue());
    }

    @Test
    void aCancellationCarriesTheReason() throws Exception {
        Hl7v2OrderWriter.Order order = new Hl7v2OrderWriter.Order("CTRL-2", "CA", "HPMS-LO-7", "100000017", "Karim", "Mohammad", null,
                Sex.MALE, "58410-2", "CBC panel", "Whole blood", "R", Instant.parse("2026-11-26T08:15:00Z"), "dr.rahman", "Dr. Rahman",
                null, "Ordered twice by mistake");
        ORM_O01 message = (ORM_O01) PipeParser.getInstanceWithNoValidation().parse(
                new Hl7v2OrderWriter(ZoneId.of("UTC")).write(order, Instant.parse("2026-11-26T08:16:00Z")));
        assertEquals("CA", message.getORDER().getORC().getOrderControl().getValue());
        assertEquals("Ordered twice by mistake", message.getORDER().getORC().getOrderControlCodeReason().getText().getValue());
        assertEquals("M", message.getPATIENT().getPID().getAdministrativeSex().getValue());
        assertNull(message.getPATIENT().getPID().getDateTimeOfBirth().getTime().getValue(), "no birth date: PID-7 empty");
    }
}
