package org.hpms.it.support;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.Queue;
import jakarta.jms.TemporaryQueue;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.hpms.clinical.application.EncounterService;
import org.hpms.clinical.domain.EncounterType;
import org.hpms.lab.application.LabOrderRequest;
import org.hpms.lab.application.LabOrderService;
import org.hpms.lab.domain.LabMessage;
import org.hpms.lab.domain.LabPriority;
import org.hpms.patient.application.PatientRegistrationService;

/** Lab test data: a patient with an order of ours, result messages as laboratories write them, sending one and awaiting its ACK and its filing. */
public final class LabFixtures {

    /** How a FHIR answer names the message it answers (FhirR4Acks, in the details text). */
    private static final String FHIR_ANSWER_TO = "Answer to message ";

    /** A patient of ours (female, born 1985-04-12: {@link PatientFixtures#demographics}), the encounter and the order's placer number. */
    public record Ordered(String mrn, String encounterId, String placerOrderNumber) {
    }

    private LabFixtures() {
    }

    public static Ordered ordered(PatientRegistrationService registration, EncounterService encounters, LabOrderService orders,
                                  String familyName, String testCode) throws Exception {
        String mrn = Staff.as(Staff.RECEPTIONIST, () -> registration.register(PatientFixtures.demographics("Lab", familyName))).toString();
        return orderedFor(mrn, encounters, orders, testCode);
    }

    public static Ordered orderedFor(String mrn, EncounterService encounters, LabOrderService orders, String testCode) throws Exception {
        return Staff.as(Staff.DOCTOR, () -> {
            String encounterId = encounters.open(mrn, ChartFixtures.visit(EncounterType.OUTPATIENT, "Tired for two weeks"));
            String placer = orders.place(encounterId, new LabOrderRequest(List.of(testCode), LabPriority.ROUTINE, null)).get(0)
                    .placerOrderNumber();
            return new Ordered(mrn, encounterId, placer);
        });
    }

    /**
     * An ORU^R01 v2.5.1: PID-3 {@code mrn} (no birth date), one OBR with placer number {@code placer}
     * (none when null), filler {@code filler}, result status {@code status}, and the OBX lines given as
     * "code^name^LN|value|units|range|flag" (OBX-2 NM, OBX-11 the report's status).
     */
    public static String oru(String controlId, String mrn, String placer, String filler, String status, String... observations) {
        List<String> segments = new ArrayList<>(List.of(
                "MSH|^~\\&|LIS^lab.example.org^DNS|Central Lab^1.2.3^ISO|HPMS|Hospital|20260101120000+0000||ORU^R01^ORU_R01|" + controlId
                        + "|P|2.5.1",
                "PID|1||" + mrn + "^^^HPMS^MR||DOE^JANE",
                "OBR|1|" + (placer == null ? "" : placer + "^HPMS") + "|" + (filler == null ? "" : filler + "^LAB")
                        + "|51990-0^Basic metabolic panel^LN|||20260101110000+0000|||||||||||||||20260101115500+0000|||" + status));
        for (int i = 0; i < observations.length; i++) {
            String[] parts = observations[i].split("\\|", -1);
            segments.add("OBX|" + (i + 1) + "|NM|" + parts[0] + "||" + parts[1] + "|" + parts[2] + "|" + parts[3] + "|" + parts[4] + "|||"
                    + status + "|||20260101110000+0000");
        }
        return String.join("\r", segments);
    }

    /**
     * Sends a message to LabResults with a temporary reply queue and returns the answer (30 s at most)
     * once the message is on file. The answer goes out in the XA transaction that files the message, but
     * the broker's branch can commit a moment before the database's, and a test reads the database next.
     */
    public static String sendAndAwaitFiled(ConnectionFactory factory, Queue labResults, DataSource db, String message) throws Exception {
        String answer;
        try (JMSContext jms = factory.createContext()) {
            TemporaryQueue replies = jms.createTemporaryQueue();
            jms.createProducer().setJMSReplyTo(replies).send(labResults, message);
            answer = jms.createConsumer(replies).receiveBody(String.class, 30_000);
            assertNotNull(answer, "an answer within 30 s");
        }
        awaitOnFile(db, message, answer);
        return answer;
    }

    /**
     * Waits (10 s at most) for the row {@code message} was filed under: the control id its answer names,
     * or for an unreadable message, its content.
     */
    public static void awaitOnFile(DataSource db, String message, String answer) throws Exception {
        String contentKey = LabMessage.contentKey(message);
        String answered = answeredControlId(answer);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (Sql.column(db, "SELECT id FROM lab_message WHERE control_id IN (?, ?)", contentKey, answered).isEmpty()) {
            if (System.nanoTime() > deadline) {
                fail("no lab_message row for the message answered as " + answered + " (content " + contentKey + ") 10 s after its answer");
            }
            Thread.sleep(20);
        }
    }

    /** The message id an answer names: MSA-2 of an HL7 v2 ACK, or what a FHIR OperationOutcome says it answers. */
    private static String answeredControlId(String answer) {
        int fhir = answer.indexOf(FHIR_ANSWER_TO);
        if (fhir < 0) {
            return LabLoad.controlIdOf(answer);
        }
        int from = fhir + FHIR_ANSWER_TO.length();
        return answer.substring(from, answer.indexOf('"', from));
    }
}
