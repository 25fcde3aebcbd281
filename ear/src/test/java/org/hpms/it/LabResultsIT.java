package org.hpms.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.jms.BytesMessage;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.Queue;
import jakarta.jms.TemporaryQueue;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.hpms.clinical.application.EncounterService;
import org.hpms.it.support.Deployments;
import org.hpms.it.support.LabFixtures;
import org.hpms.it.support.PatientFixtures;
import org.hpms.it.support.Sql;
import org.hpms.it.support.Staff;
import org.hpms.lab.application.LabMessageQueries;
import org.hpms.lab.application.LabMessageView;
import org.hpms.lab.application.LabOrderService;
import org.hpms.lab.application.LabResultWorklist;
import org.hpms.lab.domain.LabMessageStatus;
import org.hpms.patient.application.PatientMergeService;
import org.hpms.patient.application.PatientRegistrationService;
import org.hpms.patient.domain.InvalidPatientDataException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Laboratory results arriving as real JMS messages on the LabResults queue: stored on the patient's
 * record and answered AA; a second delivery stores nothing more; a message naming no patient of ours
 * waits as unmatched; an unreadable one is parked with its reason and answered AE; answers go to the
 * message's JMSReplyTo, else to LabAcks.
 */
@ExtendWith(ArquillianExtension.class)
class LabResultsIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.applicationWithTests(LabResultsIT.class);
    }

    @EJB(lookup = "java:global/hpms/hpms-ejb/PatientRegistrationService")
    PatientRegistrationService registration;

    @EJB(lookup = "java:global/hpms/hpms-ejb/LabMessageQueries")
    LabMessageQueries labMessages;

    @EJB(lookup = "java:global/hpms/hpms-ejb/LabResultWorklist")
    LabResultWorklist worklist;

    @EJB(lookup = "java:global/hpms/hpms-ejb/PatientMergeService")
    PatientMergeService merges;

    @EJB(lookup = "java:global/hpms/hpms-ejb/EncounterService")
    EncounterService encounters;

    @EJB(lookup = "java:global/hpms/hpms-ejb/LabOrderService")
    LabOrderService orders;

    @Resource(lookup = "java:/ConnectionFactory")
    ConnectionFactory factory;

    @Resource(lookup = "java:/jms/queue/LabResults")
    Queue labResults;

    @Resource(lookup = "java:/jms/queue/LabAcks")
    Queue labAcks;

    @Resource(lookup = "java:/jms/queue/DLQ")
    Queue deadLetterQueue;

    @Resource(lookup = "java:jboss/datasources/HpmsLocalDS")
    DataSource dataSource;

    @Test
    void aResultIsStoredOnThePatientsRecordOnceAndAnsweredEachTime() throws Exception {
        LabFixtures.Ordered ordered = ordered();
        String controlId = "IT-" + UUID.randomUUID();
        String message = result(controlId, ordered.mrn(), ordered.placerOrderNumber(), "182");

        String ack = sendAndAwaitFiled(message);
        assertTrue(ack.contains("\rMSA|AA|" + controlId), ack);
        assertTrue(ack.startsWith("MSH|^~\\&|HPMS|HPMS|LIS^lab.example.org^DNS|Central Lab^1.2.3^ISO|"), "addressed back to the lab: " + ack);
        assertEquals(List.of("STORED"), column("SELECT status FROM lab_message WHERE control_id = ?", controlId));
        String placer = ordered.placerOrderNumber();
        assertEquals(List.of("2345-7 mg/dL H F " + placer, "2951-2 mmol/L N F " + placer), column(
                "SELECT CONCAT_WS(' ', o.code, o.units, o.abnormal_flag, o.result_status, o.placer_order_number) FROM lab_observation o"
                        + " JOIN lab_message m ON m.id = o.message_id JOIN patient p ON p.id = o.patient_id"
                        + " WHERE m.control_id = ? ORDER BY o.set_id", controlId));
        byte[] storedValue = bytes("SELECT o.value_enc FROM lab_observation o JOIN lab_message m ON m.id = o.message_id"
                + " WHERE m.control_id = ? AND o.set_id = 1", controlId);
        assertFalse(new String(storedValue, StandardCharsets.ISO_8859_1).contains("182"), "the value is encrypted at rest");
        assertFalse(new String(bytes("SELECT raw_enc FROM lab_message WHERE control_id = ?", controlId), StandardCharsets.ISO_8859_1)
                .contains("Glucose"), "so is the message as it came");

        String again = sendAndAwaitFiled(message);
        assertTrue(again.contains("\rMSA|AA|" + controlId), "a repeat is acknowledged as the first was: " + again);
        assertEquals(List.of("1"), column("SELECT COUNT(*) FROM lab_message WHERE control_id = ?", controlId));
        assertEquals(List.of("2"), column("SELECT COUNT(*) FROM lab_observation o JOIN lab_message m ON m.id = o.message_id"
                + " WHERE m.control_id = ?", controlId), "nothing is stored twice");
    }

    @Test
    void aResultForNoPatientOfOursWaitsAsUnmatched() throws Exception {
        String controlId = "IT-" + UUID.randomUUID();
        String ack = sendAndAwaitFiled(result(controlId, "LAB-ONLY-4711", "PL-" + controlId, "5.4"));

        assertTrue(ack.contains("\rMSA|AA|" + controlId), "taken (the lab need not resend): " + ack);
        assertEquals(List.of("UNMATCHED No patient of this hospital has the medical record number in PID-3, and no single patient"
                        + " has exactly the name, birth date and sex in PID-5, PID-7 and PID-8"),
                column("SELECT CONCAT_WS(' ', status, reason) FROM lab_message WHERE control_id = ?", controlId));
        assertEquals(List.of("0"), column("SELECT COUNT(*) FROM lab_observation o JOIN lab_message m ON m.id = o.message_id"
                + " WHERE m.control_id = ?", controlId), "no observation lands on any record");

        LabMessageView listed = Staff.as(Staff.LAB_TECH, () -> labMessages.find(LabMessageStatus.UNMATCHED, 0, 200)).stream()
                .filter(m -> m.controlId().equals(controlId)).findFirst().orElseThrow();
        assertEquals("LIS^lab.example.org^DNS / Central Lab^1.2.3^ISO", listed.sender());
        assertEquals("AA", listed.ackCode());
        assertTrue(Staff.as(Staff.LAB_TECH, () -> labMessages.find(LabMessageStatus.PARKED, 0, 200)).stream()
                .noneMatch(m -> m.controlId().equals(controlId)), "listed under its own status only");

        // The technician links it to the right patient and order: its observations land on that record, once.
        LabFixtures.Ordered ordered = ordered();
        String mrn = ordered.mrn();
        InvalidPatientDataException unknown = assertThrows(InvalidPatientDataException.class, () -> Staff.as(Staff.LAB_TECH,
                () -> run(() -> worklist.reject(listed.id(), "no"))));
        assertEquals("Say why the result is rejected (at least 5 characters)", unknown.getFieldErrors().get("reason"));
        Staff.as(Staff.LAB_TECH, () -> run(() -> worklist.link(listed.id(), mrn, ordered.placerOrderNumber(), null)));
        assertEquals(List.of("STORED Linked by " + Staff.LAB_TECH), column("SELECT CONCAT_WS(' ', status, reason) FROM lab_message"
                + " WHERE control_id = ?", controlId));
        assertEquals(List.of(mrn, mrn), column("SELECT p.mrn FROM lab_observation o JOIN lab_message m ON m.id = o.message_id"
                + " JOIN patient p ON p.id = o.patient_id WHERE m.control_id = ? ORDER BY o.set_id", controlId));
        assertEquals("This message is not (or no longer) waiting for a patient", assertThrows(InvalidPatientDataException.class,
                () -> Staff.as(Staff.LAB_TECH, () -> run(() -> worklist.link(listed.id(), mrn, ordered.placerOrderNumber(), null))))
                .getFieldErrors().get("message"));
        assertThrows(EJBAccessException.class, () -> Staff.as(Staff.DOCTOR, () -> run(() -> worklist.reject(listed.id(), "not ours"))));
    }

    @Test
    void anUnmatchedResultRejectedStaysWithTheReason() throws Exception {
        String controlId = "IT-" + UUID.randomUUID();
        sendAndAwaitFiled(result(controlId, "LAB-ONLY-4712", "PL-" + controlId, "5.9"));
        long id = Staff.as(Staff.LAB_TECH, () -> labMessages.find(LabMessageStatus.UNMATCHED, 0, 200)).stream()
                .filter(m -> m.controlId().equals(controlId)).findFirst().orElseThrow().id();

        Staff.as(Staff.ADMIN, () -> run(() -> worklist.reject(id, "Sample from the veterinary clinic next door")));

        assertEquals(List.of("REJECTED Rejected by " + Staff.ADMIN + ": Sample from the veterinary clinic next door"),
                column("SELECT CONCAT_WS(' ', status, reason) FROM lab_message WHERE control_id = ?", controlId));
    }

    @Test
    void anUnreadableMessageIsParkedWithItsReasonAndAnsweredAe() throws Exception {
        String controlId = "IT-" + UUID.randomUUID();
        String message = result(controlId, ordered().mrn(), "PL-" + controlId, "high"); // NM, but not a number

        String ack = sendAndAwaitFiled(message);
        assertTrue(ack.contains("\rMSA|AE|" + controlId + "|OBX 1: OBX-5 is not a number although OBX-2 says NM"), ack);
        assertTrue(ack.contains("\rERR|||207^^HL70357|E||||OBX 1: OBX-5 is not a number although OBX-2 says NM"), ack);
        List<String> parked = column("SELECT CONCAT_WS(' ', status, ack_code, reason) FROM lab_message WHERE sender = ?"
                + " AND status = 'PARKED' AND reason LIKE 'OBX 1:%' AND received_at > NOW(6) - INTERVAL 5 MINUTE", "LIS^lab.example.org^DNS / Central Lab^1.2.3^ISO");
        assertTrue(parked.contains("PARKED AE OBX 1: OBX-5 is not a number although OBX-2 says NM"), parked.toString());

        int before = parked.size();
        sendAndAwaitFiled(message);
        assertEquals(before, column("SELECT id FROM lab_message WHERE sender = ? AND status = 'PARKED' AND reason LIKE 'OBX 1:%'",
                "LIS^lab.example.org^DNS / Central Lab^1.2.3^ISO").size(), "the same bytes again are the same parked message");

        String empty = sendAndAwaitFiled("  ");
        assertTrue(empty.contains("\rMSA|AR|"), "an empty message is rejected: " + empty);
    }

    @Test
    void whenADuplicateRecordIsMergedItsResultsMoveToTheKeptOne() throws Exception {
        String kept = patient();
        LabFixtures.Ordered ordered = ordered();
        String duplicate = ordered.mrn();
        String controlId = "IT-" + UUID.randomUUID();
        assertTrue(sendAndAwaitFiled(result(controlId, duplicate, ordered.placerOrderNumber(), "4.9")).contains("\rMSA|AA|"));

        Staff.as(Staff.ADMIN, () -> merges.merge(kept, duplicate, "Registered twice, same national id"));

        assertEquals(List.of(kept, kept), column("SELECT p.mrn FROM lab_observation o JOIN lab_message m ON m.id = o.message_id"
                + " JOIN patient p ON p.id = o.patient_id WHERE m.control_id = ? ORDER BY o.set_id", controlId));
        assertEquals(List.of(kept), column("SELECT p.mrn FROM lab_message m JOIN patient p ON p.id = m.patient_id WHERE m.control_id = ?",
                controlId));
        assertEquals(List.of(kept + " " + kept), column("SELECT CONCAT_WS(' ', po.mrn, pr.mrn) FROM lab_order o JOIN patient po ON po.id = o.patient_id"
                + " JOIN lab_report r ON r.order_id = o.id JOIN patient pr ON pr.id = r.patient_id WHERE o.placer_order_number = ?",
                ordered.placerOrderNumber()), "the order and its report move too");
        String later = "IT-" + UUID.randomUUID();
        sendAndAwaitFiled(result(later, duplicate, ordered.placerOrderNumber(), "5.0"));
        assertEquals(List.of(kept), column("SELECT p.mrn FROM lab_message m JOIN patient p ON p.id = m.patient_id WHERE m.control_id = ?",
                later), "a result that still names the merged record goes to the kept one");
    }

    @Test
    void aResultSentAsBytesIsReadAsUtf8() throws Exception {
        String controlId = "IT-" + UUID.randomUUID();
        LabFixtures.Ordered ordered = ordered();
        String text = result(controlId, ordered.mrn(), ordered.placerOrderNumber(), "6.2").replace("mg/dL", "\u00b5mol/L");
        try (JMSContext jms = factory.createContext()) {
            TemporaryQueue replies = jms.createTemporaryQueue();
            BytesMessage bytes = jms.createBytesMessage();
            bytes.writeBytes(text.getBytes(StandardCharsets.UTF_8));
            jms.createProducer().setJMSReplyTo(replies).send(labResults, bytes);
            String answer = jms.createConsumer(replies).receiveBody(String.class, 30_000);
            assertNotNull(answer, "an answer within 30 s");
            assertTrue(answer.contains("\rMSA|AA|" + controlId), answer);
            LabFixtures.awaitOnFile(dataSource, text, answer);
        }
        assertEquals(List.of("\u00b5mol/L"), column("SELECT o.units FROM lab_observation o JOIN lab_message m ON m.id = o.message_id"
                + " WHERE m.control_id = ? AND o.set_id = 1", controlId), "non-ASCII text survives");
    }

    @Test
    void withoutReplyToTheAnswerGoesToTheLabAcksQueue() throws Exception {
        String controlId = "IT-" + UUID.randomUUID();
        try (JMSContext jms = factory.createContext(); JMSConsumer acks = jms.createConsumer(labAcks)) {
            LabFixtures.Ordered ordered = ordered();
            jms.createProducer().send(labResults, result(controlId, ordered.mrn(), ordered.placerOrderNumber(), "7.1"));
            String answer;
            do {
                answer = acks.receiveBody(String.class, 30_000);
                assertNotNull(answer, "an answer on LabAcks within 30 s");
            } while (!answer.contains(controlId));
            assertTrue(answer.contains("\rMSA|AA|" + controlId), answer);
        }
    }

    @Test
    void aMessageTheDatabaseRefusesIsRetriedThenDeadLetteredWithoutFailingTheMessagesAroundIt() throws Exception {
        // The database refuses one message (a trigger stands in for a failure of our own: a full disk, a lost connection).
        // Posted together with 20 good ones (one of them twice), the messages wait on the queue and the consumer takes
        // several into one transaction, so the refused one rolls back a batch: every good one must still be stored once
        // and answered (the repeat again), while the refused one waits for its next attempts, and end in the DLQ.
        String doomed = "DLQ-IT-" + UUID.randomUUID();
        List<String> good = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            LabFixtures.Ordered ordered = ordered();
            String controlId = "IT-BATCH-" + UUID.randomUUID();
            good.add(controlId);
            texts.add(result(controlId, ordered.mrn(), ordered.placerOrderNumber(), "5." + i));
            if (i == 9) {
                texts.add(result(doomed, ordered.mrn(), ordered.placerOrderNumber(), "9.9"));
            }
        }
        texts.add(texts.get(3)); // sent again: stored once, answered again, whether or not one transaction takes both
        String repeated = good.get(3);
        execute("CREATE TRIGGER it_refuse_dlq_message BEFORE INSERT ON lab_message FOR EACH ROW BEGIN"
                + " IF NEW.sent_control_id LIKE 'DLQ-IT-%' THEN SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'simulated database failure';"
                + " END IF; END");
        Map<String, Integer> answered = new HashMap<>();
        try (JMSContext jms = factory.createContext();
             JMSContext posting = factory.createContext(JMSContext.SESSION_TRANSACTED);
             JMSConsumer deadLetters = jms.createConsumer(deadLetterQueue, "itMarker = '" + doomed + "'");
             JMSConsumer acks = jms.createConsumer(labAcks)) {
            for (String text : texts) {
                posting.createProducer().setProperty("itMarker", text.contains(doomed) ? doomed : "batch").send(labResults, text);
            }
            posting.commit(); // all at once

            long deadline = System.currentTimeMillis() + 60_000;
            while ((answered.size() < good.size() || answered.getOrDefault(repeated, 0) < 2) && System.currentTimeMillis() < deadline) {
                count(acks.receiveBody(String.class, 1_000), good, answered, doomed);
            }
            assertEquals(good.size(), answered.size(), "the good ones are answered while the refused one waits for its next attempt");

            String deadLetter = deadLetters.receiveBody(String.class, 120_000);
            assertNotNull(deadLetter, "after the configured attempts the broker moves the refused message to the DLQ");
            assertTrue(deadLetter.contains("|" + doomed + "|"), "the message itself, untouched");
            // Every attempt is over: any further answer would be on LabAcks by now.
            for (String ack = acks.receiveBody(String.class, 2_000); ack != null; ack = acks.receiveBody(String.class, 2_000)) {
                count(ack, good, answered, doomed);
            }
        } finally {
            execute("DROP TRIGGER it_refuse_dlq_message");
        }
        assertEquals(good.stream().collect(Collectors.toMap(id -> id, id -> id.equals(repeated) ? 2 : 1)), answered,
                "every good message answered AA once, the one sent twice twice");
        String ids = good.stream().map(id -> "'" + id + "'").collect(Collectors.joining(","));
        assertEquals(List.of("20 20 40"), column("SELECT CONCAT_WS(' ', COUNT(DISTINCT m.id), COUNT(DISTINCT m.control_id), COUNT(o.id))"
                + " FROM lab_message m JOIN lab_observation o ON o.message_id = m.id"
                + " WHERE m.status = 'STORED' AND m.control_id IN (" + ids + ")"), "each stored once, with its two observations");
        assertEquals(List.of("0"), column("SELECT COUNT(*) FROM lab_message WHERE sent_control_id = ?", doomed),
                "every attempt rolled back: nothing half-stored");
    }

    private static void count(String ack, List<String> good, Map<String, Integer> answered, String doomed) {
        if (ack == null) {
            return;
        }
        assertFalse(ack.contains(doomed), "a rolled-back answer is never sent");
        good.stream().filter(controlId -> ack.contains("\rMSA|AA|" + controlId)).forEach(controlId -> answered.merge(controlId, 1, Integer::sum));
    }

    /** An ORU^R01 as a laboratory sends it: glucose (high, by the lab's flag) and sodium, for the given MRN and placer number. */
    private static String result(String controlId, String mrn, String placer, String glucose) {
        return LabFixtures.oru(controlId, mrn, placer, "FL-77", "F",
                "2345-7^Glucose [Mass/volume] in Serum or Plasma^LN|" + glucose + "|mg/dL|70-99|H",
                "2951-2^Sodium [Moles/volume] in Serum or Plasma^LN|139|mmol/L|135-145|N");
    }

    private String sendAndAwaitFiled(String message) throws Exception {
        return LabFixtures.sendAndAwaitFiled(factory, labResults, dataSource, message);
    }

    private static Object run(Runnable work) {
        work.run();
        return null;
    }

    private LabFixtures.Ordered ordered() throws Exception {
        return LabFixtures.ordered(registration, encounters, orders, PatientFixtures.uniqueWord("Result"), "BMP");
    }

    private String patient() throws Exception {
        return Staff.as(Staff.RECEPTIONIST, () -> registration.register(PatientFixtures.demographics("Lab", PatientFixtures.uniqueWord("Result")))).toString();
    }

    private List<String> column(String sql, Object... parameters) throws Exception {
        return Sql.column(dataSource, sql, parameters);
    }

    private void execute(String sql) throws Exception {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private byte[] bytes(String sql, Object parameter) throws Exception {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, parameter);
            try (ResultSet rows = statement.executeQuery()) {
                assertTrue(rows.next());
                return rows.getBytes(1);
            }
        }
    }
}
