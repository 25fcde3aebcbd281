package org.hpms.lab.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.hpms.lab.domain.LabObservation;
import org.hpms.lab.domain.LabOrderResult;
import org.hpms.lab.domain.LabResultMessage;
import org.hpms.lab.domain.MalformedLabMessageException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Reading the real-world sample messages (src/test/resources/hl7, see its README): good ones, and bad ones with their reasons. */
class Hl7v2ResultReaderTest {

    private final Hl7v2ResultReader reader = new Hl7v2ResultReader();

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "002_Staging_ORU_O01_short_linked_to_001_ORM.hl7, 002, 1300974, 1, 1",
            "003_CA_ORU_R01_CDPH_produced.hl7, 003, 80008836, 20, 149",
            "004_CA_ORU_R01_leading_zeroes.hl7, 004, 80008836, 1, 1",
            "005_CA_ORU_R01_no_leading_zeroes.hl7, 005, 80008836, 1, 1",
            "006_CA_ORU_R01_LOINC.hl7, 006, 80008836, 2, 1",
            "007_CA_ORU_R01_PLT.hl7, 007, 80008836, 2, 1",
            "008_ORU_R01_micro_character_encoding.hl7, 008, 80008836, 1, 1",
            "009_CA_ORU_R01_remove_99717-5_OBX.hl7, 009, 80008836, 1, 2",
            "010_LA_ORU_R01_NBS_0_initial_obr_flatten_example_1.hl7, 010, 1234567, 11, 50"})
    void everyResultSampleIsReadWithAllItsOrdersAndObservations(String file, String controlId, String mrn, int orders,
                                                                int observations) throws IOException {
        LabResultMessage message = reader.read(sample(file));

        assertEquals(controlId, message.controlId());
        assertEquals("2.5.1", message.version());
        assertEquals(mrn, message.patient().mrn(), "the MR identifier of PID-3");
        assertEquals(orders, message.orders().size());
        assertEquals(observations, message.observationCount());
        for (LabOrderResult order : message.orders()) {
            for (LabObservation observation : order.observations()) {
                if ("NM".equals(observation.valueType()) && observation.value() != null) {
                    assertNotNull(observation.numericValue(), "every NM value is a number: " + observation);
                }
            }
        }
    }

    @Test
    void aNumericObservationKeepsItsCodeUnitsRangeFlagAndStatus() throws IOException {
        LabObservation enzyme = reader.read(sample("004_CA_ORU_R01_leading_zeroes.hl7")).orders().get(0).observations().get(0);

        assertEquals("42906-8", enzyme.observation().code());
        assertTrue(enzyme.observation().isLoinc());
        assertEquals("05.100", enzyme.value(), "the value as sent");
        assertEquals(0, new BigDecimal("5.1").compareTo(enzyme.numericValue()), "and as a number");
        assertEquals("enzyme units", enzyme.units());
        assertEquals(">50", enzyme.referenceRange());
        assertEquals("N", enzyme.abnormalFlag());
        assertEquals("F", enzyme.status());
        assertNotNull(enzyme.observedAt());
    }

    @Test
    void nonAsciiTextSurvives() throws IOException {
        LabObservation glycine = reader.read(sample("008_ORU_R01_micro_character_encoding.hl7")).orders().get(0).observations().get(0);

        assertEquals("\u00b5mol/L", glycine.units());
        assertEquals(0, new BigDecimal("0.5").compareTo(glycine.numericValue()));
    }

    @Test
    void theOrderNumbersAreKeptWhole() throws IOException {
        LabOrderResult order = reader.read(sample("004_CA_ORU_R01_leading_zeroes.hl7")).orders().get(0);

        assertEquals("7181233072", order.placerOrderNumber());
        assertEquals("54089-8", order.test().code());
        assertEquals("F", order.resultStatus());
    }

    @Test
    void segmentsSeparatedByCrLfOrCrlfReadTheSame() throws IOException {
        String original = sample("010_LA_ORU_R01_NBS_0_initial_obr_flatten_example_1.hl7");
        String withCr = original.replace("\r\n", "\r").replace('\n', '\r');

        LabResultMessage fromCr = reader.read(withCr);
        assertEquals(fromCr, reader.read(withCr.replace('\r', '\n')));
        assertEquals(fromCr, reader.read(withCr.replace("\r", "\r\n")));
        assertEquals(fromCr, reader.read("\u000b" + withCr + "\u001c\r"), "MLLP framing is taken off");
    }

    @Test
    void olderVersionsAreReadIntoTheSameModel() throws IOException {
        String current = sample("004_CA_ORU_R01_leading_zeroes.hl7");
        for (String version : new String[] {"2.3", "2.3.1", "2.4", "2.5"}) {
            LabResultMessage older = reader.read(current.replace("|004|N|2.5.1|", "|004|N|" + version + "|"));
            assertEquals(version, older.version());
            assertEquals(0, new BigDecimal("5.1").compareTo(older.orders().get(0).observations().get(0).numericValue()));
        }
        assertEquals("MSH-12 version 2.6 is not supported (2.3 to 2.5.1)", reason(current.replace("|004|N|2.5.1|", "|004|N|2.6|")));
    }

    @Test
    void escapeSequencesAndRepeatedNotesAreDecoded() throws IOException {
        String message = sample("004_CA_ORU_R01_leading_zeroes.hl7").replace("\r\n", "\r").replace('\n', '\r').strip()
                + "\rOBX|2|ST|5778-6^Color of Urine^LN|1|Pale \\T\\ clear \\S\\ yellow||||||F"
                + "\rNTE|1|L|Repeat if \\F\\ haemolysed~second line";
        LabObservation color = reader.read(message).orders().get(0).observations().get(1);

        assertEquals("Pale & clear ^ yellow", color.value());
        assertNull(color.numericValue());
        assertEquals(java.util.List.of("Repeat if | haemolysed", "second line"), color.notes());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "malformed/empty.hl7; The message is empty",
            "malformed/msh_present_but_missing_all_fields.hl7; The MSH segment has no fields: encoding characters, sender, message type, control id and version are all missing",
            "malformed/msh_present_but_missing_msh-2.hl7; MSH-2 (encoding characters, normally ^~\\&) is missing",
            "malformed/msh_present_but_missing_msh-6.hl7; MSH-6 (receiving facility) is missing",
            "malformed/msh_present_but_missing_msh-9.hl7; MSH-9 (message type) is missing",
            "malformed/msh_present_but_missing_msh-10.hl7; MSH-10 (message control id) is missing",
            "malformed/msh-12_has_value_2_3.hl7; MSH-9 message type ORM^O01 is not a result message: lab results come as ORU^R01",
            "malformed/orm_obx-5_is_not_a_numeric_value.hl7; OBX 1: OBX-5 is not a number although OBX-2 says NM",
            "001_Staging_ORM_O01_short_linked_to_002_ORU.hl7; MSH-9 message type ORM^O01 is not a result message: lab results come as ORU^R01",
            "011_ORM_R01_nte_segment_mapping.hl7; MSH-9 message type ORM^O01 is not a result message: lab results come as ORU^R01",
            "012_Ochsner_LA_OML_O21.hl7; MSH-9 message type OML^O21 is not a result message: lab results come as ORU^R01"})
    void everyMessageThatIsNotAReadableResultIsRefusedWithItsReason(String file, String reason) throws IOException {
        assertEquals(reason, reason(sample(file)));
    }

    @Test
    void aResultWithoutPatientOrObservationsIsRefused() throws IOException {
        String header = sample("004_CA_ORU_R01_leading_zeroes.hl7").replace("\r\n", "\r").replace('\n', '\r').split("\r")[0];
        assertEquals("The result names no patient (PID segment)", reason(header + "\rOBR|1|123||54089-8^Panel^LN"));
        assertEquals("The result has no observations (OBR with OBX segments)",
                reason(header + "\rPID|1||42^^^^MR||DOE^JANE\rOBR|1|123||54089-8^Panel^LN"));
        assertEquals("The message does not start with an MSH segment", reason("PID|1||42^^^^MR"));
        assertEquals("The message is empty", reason(null));
        assertEquals("The message is empty", reason(" \r\n "));
    }

    private String reason(String message) {
        return assertThrows(MalformedLabMessageException.class, () -> reader.read(message)).getReason();
    }

    private static String sample(String name) throws IOException {
        try (InputStream in = Hl7v2ResultReaderTest.class.getResourceAsStream("/hl7/" + name)) {
            assertNotNull(in, name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
