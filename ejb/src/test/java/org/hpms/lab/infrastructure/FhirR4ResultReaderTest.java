package org.hpms.lab.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.hpms.lab.application.LabAck;
import org.hpms.lab.domain.LabMessageFormat;
import org.hpms.lab.domain.LabObservation;
import org.hpms.lab.domain.LabOrderResult;
import org.hpms.lab.domain.LabResultMessage;
import org.hpms.lab.domain.MalformedLabMessageException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FhirR4ResultReaderTest {

    private final FhirR4ResultReader reader = new FhirR4ResultReader();

    @Test
    void aDiagnosticReportWithContainedObservationsReadsLikeAnOruR01() throws Exception {
        String json = resource("diagnostic-report-contained.json");
        assertEquals(LabMessageFormat.FHIR_R4, LabMessageFormat.of("\n  " + json));

        LabResultMessage message = reader.read(json);
        assertEquals("lab-report-7781", message.controlId(), "a lone report's id is the message id");
        assertEquals("Central Laboratory", message.sendingApplication());
        assertEquals("100000017", message.patient().mrn(), "the identifier of type MR, not the national id");
        assertEquals("Núñez", message.patient().familyName());
        assertEquals("Zoë", message.patient().givenName());
        assertEquals(LocalDate.of(1985, 4, 12), message.patient().birthDate());
        assertEquals("F", message.patient().sex());

        LabOrderResult order = message.orders().get(0);
        assertEquals("HPMS-LO-42", order.placerOrderNumber(), "from the ServiceRequest it is based on (type PLAC)");
        assertEquals("LIS-55001", order.fillerOrderNumber());
        assertEquals("51990-0", order.test().code());
        assertEquals("F", order.resultStatus());
        assertEquals(Instant.parse("2026-11-26T02:30:00Z"), order.observedAt());
        assertEquals(List.of("Hyperkalaemia, confirmed."), order.notes());

        LabObservation potassium = order.observations().get(0);
        assertEquals(1, potassium.setId());
        assertEquals("NM", potassium.valueType());
        assertEquals("2823-3", potassium.observation().code());
        assertEquals("LN", potassium.observation().system());
        assertEquals(new BigDecimal("6.9"), potassium.numericValue());
        assertEquals("6.9", potassium.value());
        assertEquals("mmol/L", potassium.units());
        assertEquals("3.5-5.1", potassium.referenceRange());
        assertEquals("HH", potassium.abnormalFlag());
        assertEquals("F", potassium.status());
        assertEquals(List.of("Repeated on the same sample: confirmed."), potassium.notes());
        assertNull(order.observations().get(1).abnormalFlag());
        LabObservation comment = order.observations().get(2);
        assertEquals("ST", comment.valueType());
        assertEquals("Sample slightly lipaemic", comment.value());
        assertNull(comment.numericValue());
    }

    @Test
    void aMessageBundleReadsWithItsHeaderAndResolvesReferencesBetweenEntries() throws Exception {
        String json = resource("bundle-message.json");
        LabEnvelope envelope = reader.envelopeOf(json);
        assertEquals("LIS-MSG-9001", envelope.controlId(), "the Bundle's identifier first");
        assertEquals("CentralLIS / Central Laboratory", envelope.sender());

        LabResultMessage message = reader.read(json);
        assertEquals("LIS-MSG-9001", message.controlId());
        assertEquals("100000025", message.patient().mrn());
        assertEquals("M", message.patient().sex());
        LabOrderResult order = message.orders().get(0);
        assertEquals("HPMS-LO-43", order.placerOrderNumber(), "a logical reference by identifier");
        assertEquals("C", order.resultStatus(), "corrected");
        assertEquals(Instant.parse("2026-11-26T07:00:00Z"), order.observedAt());
        LabObservation glucose = order.observations().get(0);
        assertEquals("61", glucose.value());
        assertEquals("L", glucose.abnormalFlag());
        assertEquals("70-99 mg/dL fasting", glucose.referenceRange());
        assertEquals("C", glucose.status());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "truncated-json.json; AR; The message is not FHIR R4 JSON:",
            "not-a-report.json; AR; A FHIR message must be a DiagnosticReport or a Bundle, not a Patient",
            "bundle-without-id.json; AE; The Bundle has neither an id nor an identifier",
            "report-without-results.json; AE; DiagnosticReport r-empty has no result Observation",
            "dangling-result-reference.json; AE; DiagnosticReport r-dangling: result #missing names no Observation in the message",
            "report-without-subject.json; AE; DiagnosticReport r-nobody names no patient (subject)"})
    void aMalformedFhirMessageGetsASpecificReason(String file, String ackCode, String reason) throws Exception {
        String json = resource("malformed/" + file);
        MalformedLabMessageException e = assertThrows(MalformedLabMessageException.class, () -> reader.read(json));
        assertTrue(e.getReason().startsWith(reason), e.getReason());
        assertEquals(ackCode, e.getAckCode());
        reader.envelopeOf(json); // never fails: the answer must still be addressed
    }

    @Test
    void theAnswerIsAnOperationOutcomeWithTheAcknowledgementCode() {
        String accepted = FhirR4Acks.encode(new LabAck(LabMessageFormat.FHIR_R4, "AA", null, "LIS-MSG-9001", "CentralLIS", ""));
        assertTrue(accepted.contains("\"resourceType\":\"OperationOutcome\""), accepted);
        assertTrue(accepted.contains("\"severity\":\"information\""), accepted);
        assertTrue(accepted.contains("\"code\":\"AA\""), accepted);
        assertTrue(accepted.contains("Answer to message LIS-MSG-9001"), accepted);
        String error = FhirR4Acks.encode(new LabAck(LabMessageFormat.FHIR_R4, "AE", "DiagnosticReport r has no result Observation",
                "r", "FHIR", ""));
        assertTrue(error.contains("\"severity\":\"error\"") && error.contains("\"diagnostics\":\"DiagnosticReport r has no result"), error);
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = FhirR4ResultReaderTest.class.getResourceAsStream("/fhir/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
