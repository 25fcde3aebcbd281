package org.hpms.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.Queue;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.hpms.clinical.application.EncounterService;
import org.hpms.clinical.domain.EncounterType;
import org.hpms.it.support.ChartFixtures;
import org.hpms.it.support.Deployments;
import org.hpms.it.support.LabFixtures;
import org.hpms.it.support.LabSystemRunner;
import org.hpms.it.support.LabOrderResultedRecorder;
import org.hpms.it.support.PatientFixtures;
import org.hpms.it.support.Sql;
import org.hpms.it.support.Staff;
import org.hpms.lab.application.LabAck;
import org.hpms.lab.application.LabMessageQueries;
import org.hpms.lab.application.LabOrderRequest;
import org.hpms.lab.application.LabOrderService;
import org.hpms.lab.application.LabOrderView;
import org.hpms.lab.application.LabReportDetails;
import org.hpms.lab.application.LabReportView;
import org.hpms.lab.application.LabResultIngestion;
import org.hpms.lab.application.LabResultQueries;
import org.hpms.lab.application.LabResultWorklist;
import org.hpms.lab.application.LabResultsInbox;
import org.hpms.lab.application.LabTrendPoint;
import org.hpms.lab.domain.LabMessageStatus;
import org.hpms.lab.domain.LabOrderResulted;
import org.hpms.lab.domain.LabPriority;
import org.hpms.patient.application.PatientRegistrationService;
import org.hpms.patient.domain.InvalidPatientDataException;
import org.hpms.security.Roles;
import org.hpms.staff.application.StaffAccountService;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The order-to-result loop with real JMS: a doctor's order leaves as an ORM^O01 on LabOrders, the
 * specimen is collected, the lab's ORU^R01 is matched by placer number and interpreted against the
 * catalogue, the ordering doctor finds it in the inbox (critical first) and signs it off; a
 * correction supersedes and keeps history; a result naming no order waits and is linked; a patient
 * without our MRN is matched only by exact demographics.
 */
@ExtendWith(ArquillianExtension.class)
class LabOrdersIT {

    private static final String SECOND_DOCTOR = "dr.lab.second";
    private static final String SECOND_PASSWORD = "Second-Lab-2026!";
    private static final String POTASSIUM = "2823-3^Potassium [Moles/volume] in Serum or Plasma^LN";
    private static final String SODIUM = "2951-2^Sodium [Moles/volume] in Serum or Plasma^LN";
    private static final String GLUCOSE = "2345-7^Glucose [Mass/volume] in Serum or Plasma^LN";
    private static final String CREATININE = "2160-0^Creatinine [Mass/volume] in Serum or Plasma^LN";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.applicationWithTests(LabOrdersIT.class);
    }

    @EJB(lookup = "java:global/hpms/hpms-ejb/PatientRegistrationService")
    PatientRegistrationService registration;
    @EJB(lookup = "java:global/hpms/hpms-ejb/EncounterService")
    EncounterService encounters;
    @EJB(lookup = "java:global/hpms/hpms-ejb/LabOrderService")
    LabOrderService orders;
    @EJB(lookup = "java:global/hpms/hpms-ejb/LabResultsInbox")
    LabResultsInbox inbox;
    @EJB(lookup = "java:global/hpms/hpms-ejb/LabResultQueries")
    LabResultQueries results;
    @EJB(lookup = "java:global/hpms/hpms-ejb/LabMessageQueries")
    LabMessageQueries labMessages;
    @EJB(lookup = "java:global/hpms/hpms-ejb/LabResultWorklist")
    LabResultWorklist worklist;
    @EJB(lookup = "java:global/hpms/hpms-ejb/StaffAccountService")
    StaffAccountService accounts;
    @EJB(lookup = "java:global/hpms/hpms-ejb/LabResultIngestion")
    LabResultIngestion ingestion;
    @EJB(lookup = "java:global/hpms/hpms-test-identity/RunAsLabSystem!org.hpms.it.support.LabSystemRunner")
    LabSystemRunner labSystem;

    @Resource(lookup = "java:/ConnectionFactory")
    ConnectionFactory factory;
    @Resource(lookup = "java:/jms/queue/LabResults")
    Queue labResults;
    @Resource(lookup = "java:/jms/queue/LabOrders")
    Queue labOrders;
    @Resource(lookup = "java:jboss/datasources/HpmsLocalDS")
    DataSource dataSource;

    @BeforeEach
    void secondDoctor() throws Exception {
        Staff.as(Staff.ADMIN, () -> accounts.exists(SECOND_DOCTOR) ? null
                : accounts.create(SECOND_DOCTOR, "Dr. Second Reviewer", SECOND_PASSWORD, List.of(Roles.DOCTOR)));
    }

    @Test
    void anOrderLeavesAsOrmO01AndItsSpecimenIsCollectedOnce() throws Exception {
        String mrn = patient("Ormfamily");
        String encounterId = Staff.as(Staff.DOCTOR, () -> encounters.open(mrn, ChartFixtures.visit(EncounterType.OUTPATIENT, "Palpitations")));
        InvalidPatientDataException unknown = assertThrows(InvalidPatientDataException.class, () -> Staff.as(Staff.DOCTOR,
                () -> orders.place(encounterId, new LabOrderRequest(List.of("K", "NOPE"), LabPriority.ROUTINE, null))));
        assertEquals("Not in the catalogue (or withdrawn): NOPE", unknown.getFieldErrors().get("testCodes"));

        String token = UUID.randomUUID().toString().substring(0, 8); // the broker's journal outlives the test database
        List<LabOrderView> placed = Staff.as(Staff.DOCTOR, () -> orders.place(encounterId,
                new LabOrderRequest(List.of("BMP", "CBC"), LabPriority.STAT, "Palpitations | on digoxin " + token)));
        assertEquals(List.of("BMP", "CBC"), placed.stream().map(LabOrderView::testCode).toList());
        String bmp = placed.get(0).placerOrderNumber();
        assertTrue(bmp.startsWith("HPMS-LO-"), bmp);
        assertNotEquals(bmp, placed.get(1).placerOrderNumber());

        String orm = awaitOrderMessage(bmp, "NW", token);
        assertEquals("ORM^O01^ORM_O01", field(orm, "MSH", 9));
        assertEquals("2.5.1", field(orm, "MSH", 12));
        assertEquals(mrn + "^^^HPMS^MR", field(orm, "PID", 3));
        assertEquals("F", field(orm, "PID", 8));
        assertEquals(bmp + "^HPMS", field(orm, "ORC", 2), "the placer number whole");
        assertEquals("^^^^^S", field(orm, "ORC", 7), "stat");
        assertEquals(bmp + "^HPMS", field(orm, "OBR", 2));
        assertEquals("51990-0^Basic metabolic panel - Blood^LN", field(orm, "OBR", 4));
        assertEquals("Palpitations \\F\\ on digoxin " + token, field(orm, "OBR", 13), "free text escaped by HAPI");
        assertEquals(Staff.DOCTOR + "^Dr. Farhana Rahman", field(orm, "OBR", 16));

        InvalidPatientDataException badAccession = assertThrows(InvalidPatientDataException.class,
                () -> Staff.as(Staff.NURSE, () -> run(() -> orders.collect(bmp, "x"))));
        assertEquals("Accession number: 3 to 64 letters, digits or dashes", badAccession.getFieldErrors().get("accessionNumber"));
        String accession = "ACC-" + UUID.randomUUID().toString().substring(0, 8);
        Staff.as(Staff.NURSE, () -> run(() -> orders.collect(bmp, accession)));
        assertEquals(List.of("COLLECTED " + accession + " " + Staff.NURSE), column("SELECT CONCAT_WS(' ', status, accession_number,"
                + " collected_by) FROM lab_order WHERE placer_order_number = ? AND collected_at IS NOT NULL", bmp));
        InvalidPatientDataException twice = assertThrows(InvalidPatientDataException.class,
                () -> Staff.as(Staff.LAB_TECH, () -> run(() -> orders.collect(placed.get(1).placerOrderNumber(), accession))));
        assertEquals("Accession number " + accession + " is already on another specimen", twice.getFieldErrors().get("accessionNumber"));
        assertTrue(Staff.as(Staff.LAB_TECH, () -> orders.awaitingCollection(500)).stream()
                .anyMatch(o -> o.placerOrderNumber().equals(placed.get(1).placerOrderNumber())), "the CBC still waits");

        Staff.as(Staff.DOCTOR, () -> run(() -> orders.cancel(placed.get(1).placerOrderNumber(), "Ordered twice by mistake")));
        String cancel = awaitOrderMessage(placed.get(1).placerOrderNumber(), "CA", token);
        assertEquals("CA", field(cancel, "ORC", 1));
        assertEquals(List.of("CANCELLED"), column("SELECT status FROM lab_order WHERE placer_order_number = ?",
                placed.get(1).placerOrderNumber()));
        assertThrows(EJBAccessException.class, () -> Staff.as(Staff.LAB_TECH,
                () -> orders.place(encounterId, new LabOrderRequest(List.of("K"), LabPriority.ROUTINE, null))));
    }

    @Test
    void aCriticalResultReachesTheOrderingDoctorFirstAndIsSignedOff() throws Exception {
        LabFixtures.Ordered ordered = LabFixtures.ordered(registration, encounters, orders, PatientFixtures.uniqueWord("Critical"), "BMP");
        long criticalBefore = Staff.as(Staff.DOCTOR, () -> inbox.criticalCount());
        String controlId = "IT-" + UUID.randomUUID();
        String filler = "F-" + controlId;
        // No flags and no ranges from this lab: the catalogue interprets (K 6.9 is past the critical 6.2), except glucose, flagged by
        // the lab, and creatinine, reported in other units than the catalogue's (never compared across units).
        String ack = send(LabFixtures.oru(controlId, ordered.mrn(), ordered.placerOrderNumber(), filler, "F",
                POTASSIUM + "|6.9|mmol/L||", SODIUM + "|139|mmol/L||", GLUCOSE + "|182|mg/dL|70-99|H", CREATININE + "|88|umol/L||"));
        assertTrue(ack.contains("\rMSA|AA|" + controlId), ack);

        assertEquals(List.of("2823-3 HH 1 CATALOGUE 3.5-5.1", "2951-2 N 0 CATALOGUE 136-145", "2345-7 H 0 LAB 70-99", "2160-0 0"),
                column("SELECT CONCAT_WS(' ', o.code, o.abnormal_flag, o.critical, o.flag_source, o.reference_range) FROM lab_observation o"
                        + " JOIN lab_message m ON m.id = o.message_id WHERE m.control_id = ? ORDER BY o.set_id", controlId));
        assertEquals(List.of("FINAL " + filler), column("SELECT CONCAT_WS(' ', status, filler_order_number) FROM lab_order"
                + " WHERE placer_order_number = ? AND resulted_at IS NOT NULL", ordered.placerOrderNumber()));
        assertEquals(List.of("1"), column("SELECT COUNT(*) FROM audit_event WHERE action = 'LAB_CRITICAL_RESULT' AND patient_mrn = ?",
                ordered.mrn()), "the critical value raised an alert");

        List<LabReportView> mine = Staff.as(Staff.DOCTOR, () -> inbox.inbox());
        LabReportView report = mine.stream().filter(r -> ordered.placerOrderNumber().equals(r.placerOrderNumber())).findFirst().orElseThrow();
        assertTrue(report.critical() && report.abnormal());
        assertTrue(mine.get(0).critical(), "critical reports come first");
        assertEquals(criticalBefore + 1, Staff.as(Staff.DOCTOR, () -> inbox.criticalCount()));
        assertTrue(Staff.as(SECOND_DOCTOR, SECOND_PASSWORD, () -> inbox.inbox()).stream().noneMatch(r -> r.id() == report.id()),
                "only the ordering doctor's inbox");

        LabReportDetails details = Staff.as(Staff.NURSE, () -> results.report(report.id()));
        assertEquals(List.of("6.9 mmol/L HH", "139 mmol/L N", "182 mg/dL H", "88 umol/L null"), details.observations().stream()
                .map(o -> o.value() + " " + o.units() + " " + o.flag()).toList(), "decrypted for the clinician");

        InvalidPatientDataException notYours = assertThrows(InvalidPatientDataException.class,
                () -> Staff.as(SECOND_DOCTOR, SECOND_PASSWORD, () -> run(() -> inbox.signOff(report.id()))));
        assertEquals("This report is for " + Staff.DOCTOR + " to sign off", notYours.getFieldErrors().get("report"));
        Staff.as(Staff.DOCTOR, () -> run(() -> inbox.signOff(report.id())));
        assertEquals(List.of(Staff.DOCTOR), column("SELECT signed_off_by FROM lab_report WHERE id = ? AND signed_off_at IS NOT NULL",
                report.id()));
        assertTrue(Staff.as(Staff.DOCTOR, () -> inbox.inbox()).stream().noneMatch(r -> r.id() == report.id()), "signed off: out of the inbox");
        assertEquals(criticalBefore, Staff.as(Staff.DOCTOR, () -> inbox.criticalCount()));
        assertThrows(InvalidPatientDataException.class, () -> Staff.as(Staff.DOCTOR, () -> run(() -> inbox.signOff(report.id()))));
    }

    @Test
    void aCorrectionSupersedesTheFinalReportKeepsItAsHistoryAndAsksForReviewAgain() throws Exception {
        LabFixtures.Ordered ordered = LabFixtures.ordered(registration, encounters, orders, PatientFixtures.uniqueWord("Correct"), "GLU");
        String placer = ordered.placerOrderNumber();
        send(LabFixtures.oru("IT-P-" + UUID.randomUUID(), ordered.mrn(), placer, null, "P", GLUCOSE + "|150|mg/dL||"));
        assertEquals(List.of("PRELIMINARY"), column("SELECT status FROM lab_order WHERE placer_order_number = ?", placer));
        send(LabFixtures.oru("IT-F-" + UUID.randomUUID(), ordered.mrn(), placer, null, "F", GLUCOSE + "|160|mg/dL||"));
        assertEquals(List.of("FINAL"), column("SELECT status FROM lab_order WHERE placer_order_number = ?", placer));
        long finalReport = currentReport(placer);
        Staff.as(Staff.DOCTOR, () -> run(() -> inbox.signOff(finalReport)));

        send(LabFixtures.oru("IT-C-" + UUID.randomUUID(), ordered.mrn(), placer, null, "C", GLUCOSE + "|61|mg/dL||"));
        long corrected = currentReport(placer);
        assertNotEquals(finalReport, corrected);
        assertEquals(List.of("3"), column("SELECT COUNT(*) FROM lab_report r JOIN lab_order o ON o.id = r.order_id"
                + " WHERE o.placer_order_number = ?", placer), "every version kept");
        LabReportDetails details = Staff.as(Staff.DOCTOR, () -> results.report(corrected));
        assertEquals("Corrected", details.report().statusLabel());
        assertEquals("61 L", details.observations().get(0).value() + " " + details.observations().get(0).flag());
        assertEquals(List.of("160", "150"), details.earlier().stream().map(e -> e.observations().get(0).value()).toList(),
                "history, newest first");
        assertTrue(Staff.as(Staff.DOCTOR, () -> inbox.inbox()).stream().anyMatch(r -> r.id() == corrected),
                "the correction asks for review again");
        assertEquals(List.of("FINAL"), column("SELECT status FROM lab_order WHERE placer_order_number = ?", placer));
        List<LabOrderResulted> charged = LabOrderResultedRecorder.of(placer);
        assertEquals(1, charged.size(), "billing hears of the order once, when it first turned final: " + charged);
        assertEquals("LAB-CHEM-GLU", charged.get(0).priceCode());
        assertEquals("GLU", charged.get(0).testCode());

        // The trend shows current values only, one per resulted order, oldest first.
        LabFixtures.Ordered second = LabFixtures.orderedFor(ordered.mrn(), encounters, orders, "GLU");
        send(LabFixtures.oru("IT-T-" + UUID.randomUUID(), ordered.mrn(), second.placerOrderNumber(), null, "F", GLUCOSE + "|99|mg/dL||")
                .replace("20260101110000+0000", "20260102110000+0000"));
        List<LabTrendPoint> trend = Staff.as(Staff.NURSE, () -> results.trend(ordered.mrn(), "2345-7"));
        assertEquals(List.of(new BigDecimal("61"), new BigDecimal("99")), trend.stream().map(LabTrendPoint::value).toList());
    }

    /**
     * The consumer takes waiting messages into one transaction and writes them out together at the end;
     * a result in such a batch must still see what the ones before it did.
     */
    @Test
    void resultsTakenInOneBatchSeeWhatTheEarlierOnesOfTheBatchDid() throws Exception {
        LabFixtures.Ordered ordered = LabFixtures.ordered(registration, encounters, orders, PatientFixtures.uniqueWord("Batch"), "GLU");
        String placer = ordered.placerOrderNumber();
        String filler = "F" + UUID.randomUUID().toString().substring(0, 8);
        String preliminaryId = "IT-BP-" + UUID.randomUUID();
        String finalId = "IT-BF-" + UUID.randomUUID();
        String correctionId = "IT-BC-" + UUID.randomUUID();
        String preliminary = LabFixtures.oru(preliminaryId, ordered.mrn(), placer, filler, "P", GLUCOSE + "|150|mg/dL||");
        List<String> batch = List.of(preliminary,
                // names the order only by the lab's number, which the preliminary result gave it a moment ago
                LabFixtures.oru(finalId, ordered.mrn(), null, filler, "F", GLUCOSE + "|160|mg/dL||"),
                preliminary, // delivered again
                LabFixtures.oru(correctionId, ordered.mrn(), placer, filler, "C", GLUCOSE + "|61|mg/dL||"));

        List<LabAck> answers = labSystem.inOneTransaction(() -> ingestion.ingestAll(batch));

        assertEquals(List.of(preliminaryId + " AA", finalId + " AA", preliminaryId + " AA", correctionId + " AA"),
                answers.stream().map(a -> a.controlId() + " " + a.code()).toList());
        assertEquals(List.of("STORED", "STORED", "STORED"), column("SELECT status FROM lab_message WHERE control_id IN (?, ?, ?)",
                preliminaryId, finalId, correctionId), "each message stored once");
        assertEquals(List.of("FINAL " + filler), column("SELECT CONCAT(status, ' ', filler_order_number) FROM lab_order"
                + " WHERE placer_order_number = ?", placer));
        LabReportDetails current = Staff.as(Staff.DOCTOR, () -> results.report(currentReport(placer)));
        assertEquals("Corrected 61", current.report().statusLabel() + " " + current.observations().get(0).value());
        assertEquals(List.of("160", "150"), current.earlier().stream().map(e -> e.observations().get(0).value()).toList(),
                "each report superseded by the next one of the batch");
        assertEquals(List.of("1"), column("SELECT COUNT(*) FROM billing_charge WHERE source_type = 'LAB_ORDER' AND source_ref = ?", placer),
                "charged once");
        assertEquals(1, LabOrderResultedRecorder.of(placer).size());
    }

    @Test
    void aResultNamingNoOrderOfOursWaitsAndIsLinkedToTheOrderOrToAReviewer() throws Exception {
        LabFixtures.Ordered ordered = LabFixtures.ordered(registration, encounters, orders, PatientFixtures.uniqueWord("Link"), "K");
        String controlId = "IT-" + UUID.randomUUID();
        send(LabFixtures.oru(controlId, ordered.mrn(), "LIS-ONLY-1", null, "F", POTASSIUM + "|4.1|mmol/L||"));
        assertEquals(List.of("UNMATCHED No order of ours has the number LIS-ONLY-1 (result for Basic metabolic panel)"),
                column("SELECT CONCAT_WS(' ', status, reason) FROM lab_message WHERE control_id = ?", controlId));
        long id = unmatchedId(controlId);
        Staff.as(Staff.LAB_TECH, () -> run(() -> worklist.link(id, ordered.mrn(), ordered.placerOrderNumber(), null)));
        assertEquals(List.of(Staff.DOCTOR + " FINAL"), column("SELECT CONCAT_WS(' ', r.reviewer, o.status) FROM lab_report r"
                + " JOIN lab_order o ON o.id = r.order_id WHERE o.placer_order_number = ?", ordered.placerOrderNumber()));

        String unsolicited = "IT-" + UUID.randomUUID();
        send(LabFixtures.oru(unsolicited, ordered.mrn(), null, null, "F", SODIUM + "|128|mmol/L||"));
        assertEquals(List.of("UNMATCHED The result for Basic metabolic panel names no order (OBR-2 and OBR-3 are empty)"),
                column("SELECT CONCAT_WS(' ', status, reason) FROM lab_message WHERE control_id = ?", unsolicited));
        long unsolicitedId = unmatchedId(unsolicited);
        InvalidPatientDataException noReviewer = assertThrows(InvalidPatientDataException.class,
                () -> Staff.as(Staff.LAB_TECH, () -> run(() -> worklist.link(unsolicitedId, ordered.mrn(), null, Staff.NURSE))));
        assertEquals("The result names no order of this patient: name the order, or the doctor who reviews it",
                noReviewer.getFieldErrors().get("reviewer"));
        Staff.as(Staff.LAB_TECH, () -> run(() -> worklist.link(unsolicitedId, ordered.mrn(), null, SECOND_DOCTOR)));
        LabReportView forSecond = Staff.as(SECOND_DOCTOR, SECOND_PASSWORD, () -> inbox.inbox()).stream()
                .filter(r -> ordered.mrn().equals(r.mrn())).findFirst().orElseThrow();
        assertEquals(null, forSecond.placerOrderNumber());
        assertTrue(forSecond.abnormal(), "128 mmol/L is below the catalogue's 136");
    }

    @Test
    void withoutOurMrnAPatientIsMatchedOnlyWhenExactlyOneRecordHasTheNameBirthDateAndSex() throws Exception {
        String family = PatientFixtures.uniqueWord("Exact");
        LabFixtures.Ordered ordered = LabFixtures.ordered(registration, encounters, orders, family, "K");
        String placer = ordered.placerOrderNumber();
        String matching = "IT-" + UUID.randomUUID();
        send(demographicResult(matching, family.toUpperCase() + "^LAB", "19850412", "F", placer));
        assertEquals(List.of("STORED " + ordered.mrn()), column("SELECT CONCAT_WS(' ', m.status, p.mrn) FROM lab_message m"
                + " JOIN patient p ON p.id = m.patient_id WHERE m.control_id = ?", matching));

        for (String[] variant : List.of(new String[] {family + "^LAB", "19850412", "M"}, new String[] {family + "^LABS", "19850412", "F"},
                new String[] {family + "^LAB", "19850413", "F"}, new String[] {family + "^LAB", "", "F"})) {
            String controlId = "IT-" + UUID.randomUUID();
            send(demographicResult(controlId, variant[0], variant[1], variant[2], placer));
            assertEquals(List.of("UNMATCHED"), column("SELECT status FROM lab_message WHERE control_id = ?", controlId),
                    "never a guess: " + Arrays.toString(variant));
        }
        String wrongBirthDate = "IT-" + UUID.randomUUID();
        send(LabFixtures.oru(wrongBirthDate, ordered.mrn(), placer, null, "F", POTASSIUM + "|4.0|mmol/L||")
                .replace("||DOE^JANE", "||DOE^JANE||19991231|F"));
        assertEquals(List.of("UNMATCHED PID-3 names one of our patients, but PID-7 gives another birth date"),
                column("SELECT CONCAT_WS(' ', status, reason) FROM lab_message WHERE control_id = ?", wrongBirthDate));
    }

    @Test
    void aFhirDiagnosticReportIsFiledOnTheOrderOnceAndAnsweredWithAnOperationOutcome() throws Exception {
        LabFixtures.Ordered ordered = LabFixtures.ordered(registration, encounters, orders, PatientFixtures.uniqueWord("Fhir"), "K");
        String reportId = "fhir-" + UUID.randomUUID();
        String report = """
                {"resourceType": "DiagnosticReport", "id": "%s",
                 "contained": [
                   {"resourceType": "Patient", "id": "p", "identifier": [{"type": {"coding": [{"code": "MR"}]}, "value": "%s"}],
                    "gender": "female", "birthDate": "1985-04-12"},
                   {"resourceType": "Observation", "id": "k", "status": "final",
                    "code": {"coding": [{"system": "http://loinc.org", "code": "2823-3", "display": "Potassium"}]},
                    "effectiveDateTime": "2026-11-26T08:30:00Z", "valueQuantity": {"value": 2.5, "unit": "mmol/L"}}],
                 "identifier": [{"type": {"coding": [{"code": "FILL"}]}, "value": "LIS-F-1"}],
                 "basedOn": [{"identifier": {"type": {"coding": [{"code": "PLAC"}]}, "value": "%s"}}],
                 "status": "final", "code": {"coding": [{"system": "http://loinc.org", "code": "2823-3"}]},
                 "subject": {"reference": "#p"}, "performer": [{"display": "Central Laboratory"}], "result": [{"reference": "#k"}]}
                """.formatted(reportId, ordered.mrn(), ordered.placerOrderNumber());

        String answer = send(report);
        assertTrue(answer.contains("\"resourceType\":\"OperationOutcome\"") && answer.contains("\"code\":\"AA\""), answer);
        assertTrue(answer.contains("Answer to message " + reportId), answer);
        assertEquals(List.of("2823-3 LL 1 CATALOGUE 3.5-5.1 " + ordered.placerOrderNumber()), column("SELECT CONCAT_WS(' ', o.code,"
                + " o.abnormal_flag, o.critical, o.flag_source, o.reference_range, o.placer_order_number) FROM lab_observation o"
                + " JOIN lab_message m ON m.id = o.message_id WHERE m.control_id = ?", reportId));
        assertEquals(List.of("FINAL LIS-F-1"), column("SELECT CONCAT_WS(' ', status, filler_order_number) FROM lab_order"
                + " WHERE placer_order_number = ?", ordered.placerOrderNumber()));

        send(report);
        assertEquals(List.of("1"), column("SELECT COUNT(*) FROM lab_observation o JOIN lab_message m ON m.id = o.message_id"
                + " WHERE m.control_id = ?", reportId), "the same resource id delivered twice stores one result");
        String broken = send("{\"resourceType\": \"DiagnosticReport\", \"id\": \"" + reportId + "-x\", \"status\": \"final\"");
        assertTrue(broken.contains("\"severity\":\"fatal\"") && broken.contains("not FHIR R4 JSON"), broken);
        long filed = currentReport(ordered.placerOrderNumber());
        Staff.as(Staff.DOCTOR, () -> run(() -> inbox.signOff(filed))); // its critical alert is dealt with
    }

    private static String demographicResult(String controlId, String name, String birthDate, String sex, String placer) {
        return LabFixtures.oru(controlId, "LAB-7781", placer, null, "F", POTASSIUM + "|4.4|mmol/L||")
                .replace("||DOE^JANE", "||" + name + "||" + birthDate + "|" + sex);
    }

    private long currentReport(String placer) throws Exception {
        return Long.parseLong(column("SELECT r.id FROM lab_report r JOIN lab_order o ON o.id = r.order_id"
                + " WHERE o.placer_order_number = ? AND r.superseded_by IS NULL", placer).get(0));
    }

    private long unmatchedId(String controlId) throws Exception {
        return Staff.as(Staff.LAB_TECH, () -> labMessages.find(LabMessageStatus.UNMATCHED, 0, 200)).stream()
                .filter(m -> m.controlId().equals(controlId)).findFirst().orElseThrow().id();
    }

    private String patient(String stem) throws Exception {
        return Staff.as(Staff.RECEPTIONIST, () -> registration.register(PatientFixtures.demographics("Lab", PatientFixtures.uniqueWord(stem))))
                .toString();
    }

    private String send(String message) throws Exception {
        return LabFixtures.sendAndAwaitFiled(factory, labResults, dataSource, message);
    }

    /**
     * The message the order went out as, picked from LabOrders by its placer number, order control and
     * a token in its clinical information (the broker's journal outlives the test database, whose
     * order numbers and MRNs start again).
     */
    private String awaitOrderMessage(String placer, String orderControl, String token) {
        try (JMSContext jms = factory.createContext();
             JMSConsumer consumer = jms.createConsumer(labOrders, "placerOrderNumber = '" + placer + "'")) {
            while (true) {
                String text = consumer.receiveBody(String.class, 30_000);
                assertNotNull(text, "an order message for " + placer + " within 30 s");
                if (field(text, "ORC", 1).equals(orderControl) && field(text, "OBR", 13).endsWith(token)) {
                    return text;
                }
            }
        }
    }

    /** Field {@code n} of the first segment named {@code segment} (MSH counted as HL7 does: MSH-1 is the separator). */
    private static String field(String message, String segment, int n) {
        for (String line : message.split("[\r\n]+")) {
            if (line.startsWith(segment + "|")) {
                String[] fields = line.split("\\|", -1);
                int index = segment.equals("MSH") ? n - 1 : n;
                return index < fields.length ? fields[index] : "";
            }
        }
        throw new AssertionError("no " + segment + " in " + message);
    }

    private static Object run(Runnable work) {
        work.run();
        return null;
    }

    private List<String> column(String sql, Object... parameters) throws Exception {
        return Sql.column(dataSource, sql, parameters);
    }
}
