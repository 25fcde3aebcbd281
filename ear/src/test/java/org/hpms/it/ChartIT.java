package org.hpms.it;

import static org.hpms.it.support.ChartFixtures.admission;
import static org.hpms.it.support.ChartFixtures.diagnosis;
import static org.hpms.it.support.ChartFixtures.pdf;
import static org.hpms.it.support.ChartFixtures.prescription;
import static org.hpms.it.support.ChartFixtures.visit;
import static org.hpms.it.support.ChartFixtures.vitals;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.Callable;
import javax.sql.DataSource;
import org.hpms.audit.application.AuditTrailQueryService;
import org.hpms.audit.domain.AuditAction;
import org.hpms.audit.domain.AuditEvent;
import org.hpms.audit.domain.AuditOutcome;
import org.hpms.clinical.application.AllergyService;
import org.hpms.clinical.application.ChartService;
import org.hpms.clinical.application.ChartSummary;
import org.hpms.clinical.application.ClinicalNoteService;
import org.hpms.clinical.application.DiagnosisService;
import org.hpms.clinical.application.DocumentFile;
import org.hpms.clinical.application.DocumentService;
import org.hpms.clinical.application.EncounterDetails;
import org.hpms.clinical.application.EncounterService;
import org.hpms.clinical.application.EncounterSummary;
import org.hpms.clinical.application.NoteView;
import org.hpms.clinical.application.PrescriptionService;
import org.hpms.clinical.application.VitalSignsService;
import org.hpms.clinical.application.VitalsView;
import org.hpms.clinical.domain.AllergyCategory;
import org.hpms.clinical.domain.AllergyEntry;
import org.hpms.clinical.domain.AllergySeverity;
import org.hpms.clinical.domain.DiagnosisRank;
import org.hpms.clinical.domain.DiagnosisStatus;
import org.hpms.clinical.domain.EncounterEntry;
import org.hpms.clinical.domain.EncounterType;
import org.hpms.clinical.domain.MedicationStatus;
import org.hpms.clinical.domain.NoteType;
import org.hpms.it.support.ChartFixtures;
import org.hpms.it.support.Deployments;
import org.hpms.it.support.PatientFixtures;
import org.hpms.it.support.Staff;
import org.hpms.patient.application.PatientQueryService;
import org.hpms.patient.application.PatientRegistrationService;
import org.hpms.patient.application.PatientSearchCriteria;
import org.hpms.patient.domain.InvalidPatientDataException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The medical history: written in encounters, read as summary and timeline, printed, encrypted, audited. */
@ExtendWith(ArquillianExtension.class)
class ChartIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.applicationWithTests(ChartIT.class);
    }

    @EJB(lookup = "java:global/hpms/hpms-ejb/PatientRegistrationService")
    PatientRegistrationService registration;
    @EJB(lookup = "java:global/hpms/hpms-ejb/EncounterService")
    EncounterService encounters;
    @EJB(lookup = "java:global/hpms/hpms-ejb/DiagnosisService")
    DiagnosisService diagnoses;
    @EJB(lookup = "java:global/hpms/hpms-ejb/PrescriptionService")
    PrescriptionService prescriptions;
    @EJB(lookup = "java:global/hpms/hpms-ejb/VitalSignsService")
    VitalSignsService vitalSigns;
    @EJB(lookup = "java:global/hpms/hpms-ejb/ClinicalNoteService")
    ClinicalNoteService notes;
    @EJB(lookup = "java:global/hpms/hpms-ejb/DocumentService")
    DocumentService documents;
    @EJB(lookup = "java:global/hpms/hpms-ejb/AllergyService")
    AllergyService allergies;
    @EJB(lookup = "java:global/hpms/hpms-ejb/ChartService")
    ChartService charts;
    @EJB(lookup = "java:global/hpms/hpms-ejb/AuditTrailQueryService")
    AuditTrailQueryService auditTrail;
    @EJB(lookup = "java:global/hpms/hpms-ejb/PatientQueryService")
    PatientQueryService patients;

    @Resource(lookup = "java:jboss/datasources/HpmsLocalDS")
    DataSource dataSource;

    private String mrn;

    @BeforeEach
    void registerPatient() throws Exception {
        mrn = Staff.as(Staff.RECEPTIONIST, () -> registration.register(
                PatientFixtures.demographics("Chart", PatientFixtures.uniqueWord("Patient")))).value();
    }

    @Test
    void aVisitRecordsEverythingAndTheSummaryShowsWhatMattersNow() throws Exception {
        String visit = doctor(() -> encounters.open(mrn, visit(EncounterType.OUTPATIENT, "Thirst and weight loss for a month")));
        String diabetes = doctor(() -> diagnoses.diagnose(visit, diagnosis("E11.9", DiagnosisRank.PRIMARY)));
        doctor(() -> diagnoses.diagnose(visit, diagnosis("i10", DiagnosisRank.SECONDARY)));
        String metformin = doctor(() -> prescriptions.prescribe(visit, prescription("Metformin", null)));
        String amoxicillin = doctor(() -> prescriptions.prescribe(visit, prescription("Amoxicillin", 7)));
        nurse(() -> vitalSigns.record(visit, vitals(150, 95, 88, "37.2", "92.4", "172")));
        nurse(() -> allergies.record(mrn, allergy("Penicillin")));
        String note = doctor(() -> notes.sign(visit, NoteType.CONSULTATION, "Polyuria, polydipsia. HbA1c ordered."));

        EncounterDetails details = nurse(() -> encounters.details(visit));
        assertEquals(List.of("E11.9", "I10"), details.diagnoses().stream().map(d -> d.code()).toList());
        assertEquals(new BigDecimal("31.2"), details.vitals().get(0).bmi(), "BMI computed from 92.4 kg and 172 cm");
        assertEquals(Staff.DOCTOR, details.medications().get(0).prescriber());
        assertEquals(List.of(note), details.notes().stream().map(NoteView::id).toList());
        assertTrue(details.notes().get(0).signatureValid());
        assertEquals(Staff.DOCTOR, details.notes().get(0).signedBy());

        doctor(() -> {
            prescriptions.stop(amoxicillin, "Rash on day two");
            diagnoses.resolve(diabetes);
            return null;
        });
        ChartSummary summary = nurse(() -> charts.summary(mrn));
        assertEquals(List.of("I10"), summary.activeProblems().stream().map(d -> d.code()).toList(), "resolved leaves the problem list");
        assertEquals(List.of(metformin), summary.currentMedications().stream().map(m -> m.id()).toList(), "stopped is not current");
        assertEquals(150, summary.lastVitals().systolic());
        assertEquals("Penicillin", summary.allergies().get(0).substance());
        assertEquals(1, summary.encounterCount());
        assertEquals(List.of(visit), summary.openEncounters().stream().map(EncounterSummary::id).toList());

        EncounterDetails afterwards = doctor(() -> encounters.details(visit));
        assertEquals(DiagnosisStatus.RESOLVED, afterwards.diagnoses().stream().filter(d -> d.id().equals(diabetes)).findFirst()
                .orElseThrow().status(), "a resolved diagnosis stays in the encounter");
        assertEquals("Rash on day two", afterwards.medications().stream().filter(m -> m.id().equals(amoxicillin)).findFirst()
                .orElseThrow().stopReason());
        assertEquals(MedicationStatus.STOPPED, afterwards.medications().stream().filter(m -> m.id().equals(amoxicillin))
                .findFirst().orElseThrow().status());

        assertCiphertextOnly("SELECT chief_complaint_enc FROM encounter WHERE public_id = ?", visit, "Thirst");
        assertCiphertextOnly("SELECT drug_enc FROM medication_order WHERE public_id = ?", metformin, "Metformin");
        assertCiphertextOnly("SELECT text_enc FROM clinical_note WHERE public_id = ?", note, "HbA1c");
        assertCiphertextOnly("SELECT systolic_enc FROM vital_signs WHERE encounter_id = (SELECT id FROM encounter WHERE public_id = ?)",
                visit, "150");

        List<AuditAction> audited = audit().stream().map(AuditEvent::getAction).toList();
        for (AuditAction action : List.of(AuditAction.ENCOUNTER_OPENED, AuditAction.DIAGNOSIS_RECORDED, AuditAction.MEDICATION_PRESCRIBED,
                AuditAction.VITALS_RECORDED, AuditAction.NOTE_SIGNED, AuditAction.ENCOUNTER_VIEWED, AuditAction.MEDICATION_STOPPED,
                AuditAction.DIAGNOSIS_RESOLVED, AuditAction.CHART_VIEWED)) {
            assertTrue(audited.contains(action), action + " audited");
        }
    }

    @Test
    void anAmendmentKeepsTheOriginalAndVoidedEntriesLeaveTheChartButNotTheDatabase() throws Exception {
        String visit = nurse(() -> encounters.open(mrn, visit(EncounterType.EMERGENCY, "Fall from a rickshaw")));
        String original = nurse(() -> notes.sign(visit, NoteType.NURSING, "Laceration left forearm 4 cm."));
        String amended = doctor(() -> notes.amend(original, "Laceration right forearm 4 cm.", "Side recorded wrongly"));
        String wrongDiagnosis = doctor(() -> diagnoses.diagnose(visit, diagnosis("M54.50", DiagnosisRank.PRIMARY)));
        String wrongVitals = nurse(() -> vitalSigns.record(visit, vitals(120, 80, 70, "36.6", null, null)));
        doctor(() -> {
            diagnoses.voidDiagnosis(wrongDiagnosis, "X-ray shows no fracture");
            vitalSigns.voidVitals(wrongVitals, "Measured on the wrong patient");
            return null;
        });

        EncounterDetails details = doctor(() -> encounters.details(visit));
        assertEquals(2, details.notes().size(), "the original and its amendment");
        NoteView first = details.notes().get(0);
        NoteView second = details.notes().get(1);
        assertEquals(original, first.id());
        assertTrue(first.amended());
        assertEquals("Laceration left forearm 4 cm.", first.text(), "the original text is kept");
        assertEquals(Staff.NURSE, first.signedBy());
        assertEquals(amended, second.id());
        assertEquals(original, second.amendsId());
        assertEquals(Staff.DOCTOR, second.signedBy());
        assertEquals("Side recorded wrongly", second.amendmentReason());
        assertTrue(details.diagnoses().isEmpty(), "voided diagnosis not shown");
        assertTrue(details.vitals().isEmpty(), "voided vitals not shown");
        assertTrue(assertThrows(InvalidPatientDataException.class, () -> doctor(() -> notes.amend(original, "again", "second try")))
                .getFieldErrors().containsKey("note"), "only the latest version can be amended");

        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT voided, voided_by FROM diagnosis WHERE public_id = ?")) {
            select.setString(1, wrongDiagnosis);
            try (ResultSet row = select.executeQuery()) {
                assertTrue(row.next(), "a voided diagnosis stays in the database");
                assertTrue(row.getBoolean(1));
                assertEquals(Staff.DOCTOR, row.getString(2));
            }
        }
    }

    @Test
    void implausibleOrUnknownInputIsRefusedWithReasonsAndNothingIsSaved() throws Exception {
        String visit = doctor(() -> encounters.open(mrn, visit(EncounterType.OUTPATIENT, "Headache")));

        InvalidPatientDataException vitals = assertThrows(InvalidPatientDataException.class,
                () -> nurse(() -> vitalSigns.record(visit, ChartFixtures.vitals(120, 80, 720, "98.6", "70", "175"))));
        assertEquals("Pulse 720 beats/min is not plausible (expected 20 to 300 beats/min)", vitals.getFieldErrors().get("pulse"));
        assertTrue(vitals.getFieldErrors().get("temperature").contains("°C"));

        InvalidPatientDataException code = assertThrows(InvalidPatientDataException.class,
                () -> doctor(() -> diagnoses.diagnose(visit, diagnosis("Q99.999", DiagnosisRank.PRIMARY))));
        assertEquals("Q99.999 is not a code of the ICD-10 catalogue", code.getFieldErrors().get("code"));

        assertTrue(assertThrows(InvalidPatientDataException.class,
                () -> doctor(() -> notes.sign(visit, NoteType.PROGRESS, "   "))).getFieldErrors().containsKey("text"));
        assertTrue(assertThrows(InvalidPatientDataException.class,
                () -> doctor(() -> prescriptions.prescribe(visit, prescription("Aspirin", 400)))).getFieldErrors()
                .containsKey("durationDays"));

        EncounterDetails details = doctor(() -> encounters.details(visit));
        assertTrue(details.vitals().isEmpty() && details.diagnoses().isEmpty() && details.notes().isEmpty()
                && details.medications().isEmpty(), "nothing partial saved");
        assertTrue(audit().stream().anyMatch(e -> e.getAction() == AuditAction.VITALS_RECORDED
                && e.getOutcome() == AuditOutcome.REJECTED && e.getDetail().contains("pulse")), "refusals are audited");
        assertTrue(audit().stream().noneMatch(e -> String.valueOf(e.getDetail()).contains("720")), "no values in the audit");
    }

    @Test
    void anAdmissionHoldsItsBedUntilDischarge() throws Exception {
        String ward = PatientFixtures.uniqueWord("Ward");
        String admission = doctor(() -> encounters.open(mrn, admission(ward, "12")));
        String other = Staff.as(Staff.RECEPTIONIST, () -> registration.register(
                PatientFixtures.demographics("Other", PatientFixtures.uniqueWord("Patient")))).value();

        InvalidPatientDataException occupied = assertThrows(InvalidPatientDataException.class,
                () -> doctor(() -> encounters.open(other, admission(ward, "12"))));
        assertEquals("Bed 12 on ward " + ward + " is occupied", occupied.getFieldErrors().get("bed"));
        assertTrue(assertThrows(InvalidPatientDataException.class, () -> doctor(() -> encounters.open(mrn, admission(ward, "14"))))
                .getFieldErrors().containsKey("type"), "one admission at a time");
        assertTrue(assertThrows(InvalidPatientDataException.class, () -> doctor(() -> {
            encounters.end(admission, " ");
            return null;
        })).getFieldErrors().containsKey("dischargeSummary"));
        EncounterEntry attendedByNurse = visit(EncounterType.OUTPATIENT, "Cough");
        attendedByNurse.setAttendingDoctor(Staff.NURSE);
        assertTrue(assertThrows(InvalidPatientDataException.class, () -> nurse(() -> encounters.open(other, attendedByNurse)))
                .getFieldErrors().containsKey("attendingDoctor"), "only doctors attend");

        doctor(() -> {
            encounters.end(admission, "Improved on IV ceftriaxone; discharged on oral cefuroxime.");
            return null;
        });
        String next = doctor(() -> encounters.open(other, admission(ward, "12")));
        assertEquals(ward + " bed 12", doctor(() -> encounters.details(next)).encounter().location());
        assertNull(doctor(() -> charts.summary(mrn)).openEncounters().stream().findFirst().orElse(null), "discharged");
    }

    @Test
    void theTimelineCostsTheSameNumberOfQueriesForFiveOrFiftyEncounters() throws Exception {
        doctor(() -> { // one login for the whole history: each Staff.as pays a bcrypt check
            for (int i = 0; i < 50; i++) {
                String visit = encounters.open(mrn, visit(EncounterType.OUTPATIENT, "Follow-up"));
                diagnoses.diagnose(visit, diagnosis("I10", DiagnosisRank.PRIMARY));
                notes.sign(visit, NoteType.PROGRESS, "Stable.");
                encounters.end(visit, null);
            }
            return null;
        });
        assertEquals(50, doctor(() -> charts.countEncounters(mrn)));
        doctor(() -> charts.timeline(mrn, 0, 5)); // warm-up: the first call prepares statements

        long beforeSmall = selects();
        List<EncounterSummary> small = doctor(() -> charts.timeline(mrn, 0, 5));
        long smallCost = selects() - beforeSmall;
        long beforeLarge = selects();
        List<EncounterSummary> large = doctor(() -> charts.timeline(mrn, 0, 50));
        long largeCost = selects() - beforeLarge;

        assertEquals(5, small.size());
        assertEquals(50, large.size());
        assertTrue(large.stream().allMatch(e -> e.diagnoses().equals(List.of("I10 Essential (primary) hypertension"))
                && e.noteCount() == 1), "each row carries its diagnoses and note count");
        assertTrue(largeCost <= smallCost + 2, "no query per encounter: page of 5 cost " + smallCost + ", page of 50 cost " + largeCost);
        assertEquals(small, large.subList(0, 5), "newest first, stable order");
    }

    @Test
    void documentsAreStoredEncryptedAndBadFilesAreRefused() throws Exception {
        String visit = doctor(() -> encounters.open(mrn, visit(EncounterType.OUTPATIENT, "Referral from district hospital")));
        byte[] letter = pdf(4096);
        String document = nurse(() -> documents.attach(mrn, visit, "Referral letter", "application/pdf", letter));

        DocumentFile opened = doctor(() -> documents.open(document));
        assertArrayEquals(letter, opened.content());
        assertEquals("Referral letter.pdf", opened.fileName());
        assertEquals(List.of("Referral letter"), doctor(() -> encounters.details(visit)).documents().stream().map(d -> d.title()).toList());
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("SELECT c.content_enc FROM patient_document_content c"
                     + " JOIN patient_document d ON d.id = c.document_id WHERE d.public_id = ?")) {
            select.setString(1, document);
            try (ResultSet row = select.executeQuery()) {
                assertTrue(row.next());
                assertFalse(new String(row.getBytes(1), StandardCharsets.ISO_8859_1).contains("%PDF"), "stored encrypted");
            }
        }

        Map<String, String> tooLarge = assertThrows(InvalidPatientDataException.class, () -> nurse(() -> documents.attach(mrn, visit,
                "Scan", "application/pdf", pdf(DocumentService.MAX_BYTES + 1)))).getFieldErrors();
        assertEquals("The file is 10.0 MB; at most 10.0 MB can be attached", tooLarge.get("file"));
        Map<String, String> executable = assertThrows(InvalidPatientDataException.class, () -> nurse(() -> documents.attach(mrn, visit,
                "Lab report", "application/pdf", "MZ\u0090 not a pdf".getBytes(StandardCharsets.ISO_8859_1)))).getFieldErrors();
        assertEquals("Only PDF, PNG and JPEG files can be attached", executable.get("file"));
        Map<String, String> disguised = assertThrows(InvalidPatientDataException.class, () -> nurse(() -> documents.attach(mrn, visit,
                "Photo", "image/png", letter))).getFieldErrors();
        assertEquals("The file claims to be image/png but its content is application/pdf", disguised.get("file"));
        assertEquals(1, doctor(() -> documents.list(mrn)).size(), "refused files leave nothing behind");
        assertTrue(audit().stream().anyMatch(e -> e.getAction() == AuditAction.DOCUMENT_OPENED), "opening audited");
    }

    @Test
    void thePrintableSummaryIsAPdfWithTheChartInIt() throws Exception {
        String visit = doctor(() -> encounters.open(mrn, visit(EncounterType.OUTPATIENT, "Blood pressure review")));
        doctor(() -> diagnoses.diagnose(visit, diagnosis("I10", DiagnosisRank.PRIMARY)));
        doctor(() -> prescriptions.prescribe(visit, prescription("Amlodipine", null)));
        nurse(() -> vitalSigns.record(visit, vitals(142, 91, 76, "36.7", "80", "170")));
        nurse(() -> allergies.record(mrn, allergy("Sulfonamides")));

        byte[] pdf = doctor(() -> charts.printableSummary(mrn));

        assertEquals("%PDF-", new String(pdf, 0, 5, StandardCharsets.US_ASCII));
        String text = new PdfTextExtractor(new PdfReader(pdf)).getTextFromPage(1);
        for (String expected : List.of("Patient summary", mrn, "Sulfonamides", "I10 Essential (primary) hypertension",
                "Amlodipine 500 mg oral twice daily", "BP 142/91", "Blood pressure review", "Printed")) {
            assertTrue(text.contains(expected), "PDF shows " + expected + " in:\n" + text);
        }
        assertTrue(audit().stream().anyMatch(e -> e.getAction() == AuditAction.CHART_PRINTED && Staff.DOCTOR.equals(e.getUsername())));
    }

    @Test
    void trendsComeOldestFirstForTheChart() throws Exception {
        String visit = nurse(() -> encounters.open(mrn, admission(PatientFixtures.uniqueWord("Obs"), "1")));
        for (int systolic : new int[] {160, 150, 140}) {
            nurse(() -> vitalSigns.record(visit, vitals(systolic, 90, 80, "37.0", null, null)));
        }
        List<VitalsView> trend = nurse(() -> vitalSigns.trend(mrn, 2));
        assertEquals(List.of(150, 140), trend.stream().map(VitalsView::systolic).toList(), "the latest two, oldest first");
    }

    @Test
    void everyReadOfTheChartIsAuditedWithTheReader() throws Exception {
        String visit = doctor(() -> encounters.open(mrn, visit(EncounterType.OUTPATIENT, "Dizziness")));
        Staff.as(Staff.NURSE, () -> {
            charts.summary(mrn);
            charts.timeline(mrn, 0, 10);
            vitalSigns.trend(mrn, 10);
            prescriptions.current(mrn);
            allergies.activeAllergies(mrn);
            documents.list(mrn);
            return encounters.details(visit);
        });
        List<AuditEvent> byNurse = audit().stream().filter(e -> Staff.NURSE.equals(e.getUsername())).toList();
        assertEquals(List.of(AuditAction.CHART_VIEWED, AuditAction.CHART_VIEWED, AuditAction.VITALS_VIEWED,
                        AuditAction.MEDICATIONS_VIEWED, AuditAction.ALLERGIES_VIEWED, AuditAction.CHART_VIEWED,
                        AuditAction.ENCOUNTER_VIEWED),
                byNurse.stream().sorted(Comparator.comparingLong(AuditEvent::getSequence)).map(AuditEvent::getAction).toList());
        assertTrue(byNurse.stream().allMatch(e -> e.getOutcome() == AuditOutcome.SUCCESS && mrn.equals(e.getPatientMrn())
                && "NURSE".equals(e.getRoles())));
    }

    @Test
    void demoModeGivesMohammadKarimAHistoryOnce() throws Exception {
        PatientSearchCriteria byNationalId = new PatientSearchCriteria(null, null, null, null, "1958269777001");
        String karim = Staff.as(Staff.DOCTOR, () -> patients.search(byNationalId, 0, 5)).get(0).mrn();
        ChartSummary chart = doctor(() -> charts.summary(karim));
        assertEquals(List.of("Sulfonamides"), chart.allergies().stream().map(a -> a.substance()).toList());
        assertEquals(List.of("E11.9", "I10"), chart.activeProblems().stream().map(d -> d.code()).sorted().toList());
        assertEquals(List.of("Amlodipine", "Metformin"), chart.currentMedications().stream().map(m -> m.drug()).sorted().toList());
        assertEquals(2, chart.encounterCount(), "the two demo visits");
    }

    private List<AuditEvent> audit() throws Exception {
        return Staff.as(Staff.ADMIN, () -> auditTrail.find(mrn, null, 0, 500));
    }

    private long selects() throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement status = connection.prepareStatement("SHOW GLOBAL STATUS LIKE 'Com_select'");
             ResultSet row = status.executeQuery()) {
            row.next();
            return row.getLong(2);
        }
    }

    private void assertCiphertextOnly(String sql, String id, String plaintext) throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement select = connection.prepareStatement(sql)) {
            select.setString(1, id);
            try (ResultSet row = select.executeQuery()) {
                assertTrue(row.next(), sql);
                assertFalse(new String(row.getBytes(1), StandardCharsets.ISO_8859_1).contains(plaintext), plaintext + " encrypted");
            }
        }
    }

    private static AllergyEntry allergy(String substance) {
        AllergyEntry entry = new AllergyEntry();
        entry.setSubstance(substance);
        entry.setCategory(AllergyCategory.MEDICATION);
        entry.setReaction("rash");
        entry.setSeverity(AllergySeverity.SEVERE);
        return entry;
    }

    private static <T> T doctor(Callable<T> work) throws Exception {
        return Staff.as(Staff.DOCTOR, work);
    }

    private static <T> T nurse(Callable<T> work) throws Exception {
        return Staff.as(Staff.NURSE, work);
    }
}
