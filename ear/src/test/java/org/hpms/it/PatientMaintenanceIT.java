package org.hpms.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.hpms.audit.application.AuditTrailQueryService;
import org.hpms.audit.domain.AuditAction;
import org.hpms.audit.domain.AuditEvent;
import org.hpms.clinical.application.AllergyService;
import org.hpms.clinical.application.ChartService;
import org.hpms.clinical.application.ChartSummary;
import org.hpms.clinical.application.ClinicalNoteService;
import org.hpms.clinical.application.DiagnosisService;
import org.hpms.clinical.application.DocumentService;
import org.hpms.clinical.application.EncounterService;
import org.hpms.clinical.application.PrescriptionService;
import org.hpms.clinical.application.VitalSignsService;
import org.hpms.clinical.domain.AllergyCategory;
import org.hpms.clinical.domain.AllergyEntry;
import org.hpms.clinical.domain.AllergySeverity;
import org.hpms.clinical.domain.DiagnosisRank;
import org.hpms.clinical.domain.EncounterType;
import org.hpms.clinical.domain.NoteType;
import org.hpms.it.support.ChartFixtures;
import org.hpms.it.support.Deployments;
import org.hpms.it.support.PatientFixtures;
import org.hpms.it.support.Staff;
import org.hpms.patient.application.ChangeView;
import org.hpms.patient.application.MergeReport;
import org.hpms.patient.application.PatientDetails;
import org.hpms.patient.application.PatientMergeService;
import org.hpms.patient.application.PatientQueryService;
import org.hpms.patient.application.PatientRecordService;
import org.hpms.patient.application.PatientRegistrationService;
import org.hpms.patient.application.PatientSearchCriteria;
import org.hpms.patient.domain.Demographics;
import org.hpms.patient.domain.InvalidPatientDataException;
import org.hpms.patient.domain.MaritalStatus;
import org.hpms.patient.domain.StaleRecordException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Keeping demographics right: edits with history and optimistic locking, photo, identifiers, and merging duplicates. */
@ExtendWith(ArquillianExtension.class)
class PatientMaintenanceIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.applicationWithTests(PatientMaintenanceIT.class);
    }

    @EJB(lookup = "java:global/hpms/hpms-ejb/PatientRegistrationService")
    PatientRegistrationService registration;
    @EJB(lookup = "java:global/hpms/hpms-ejb/PatientRecordService")
    PatientRecordService records;
    @EJB(lookup = "java:global/hpms/hpms-ejb/PatientQueryService")
    PatientQueryService patients;
    @EJB(lookup = "java:global/hpms/hpms-ejb/PatientMergeService")
    PatientMergeService merges;
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

    @Test
    void anEditIsKeptInTheHistoryAndTheSearchFollowsTheNewName() throws Exception {
        String mrn = register("Edit", PatientFixtures.uniqueWord("Before"));
        PatientDetails before = Staff.as(Staff.RECEPTIONIST, () -> patients.findByMrn(mrn)).orElseThrow();
        Demographics form = Staff.as(Staff.RECEPTIONIST, () -> records.demographicsForEdit(mrn));
        String newFamilyName = PatientFixtures.uniqueWord("After");
        form.setFamilyName(newFamilyName);
        form.setMaritalStatus(MaritalStatus.MARRIED);
        form.setBloodGroup("B+");
        form.setInsurancePayer("Green Delta Insurance");
        form.setInsurancePolicyNumber("GD-2026-00017");
        form.setInsuranceValidFrom(LocalDate.now().minusMonths(1));
        form.setInsuranceValidUntil(LocalDate.now().plusMonths(11));

        PatientDetails after = Staff.as(Staff.RECEPTIONIST, () -> records.update(mrn, before.version(), form));

        assertEquals(newFamilyName, after.familyName());
        assertTrue(after.isInsuredOn(LocalDate.now()));
        List<ChangeView> history = Staff.as(Staff.NURSE, () -> records.history(mrn));
        assertEquals(List.of("bloodGroup", "familyName", "insurancePayer", "insurancePolicyNumber", "insuranceValidFrom",
                "insuranceValidUntil", "maritalStatus"), history.stream().map(ChangeView::field).sorted().toList());
        ChangeView name = history.stream().filter(c -> c.field().equals("familyName")).findFirst().orElseThrow();
        assertEquals(before.familyName(), name.oldValue());
        assertEquals(newFamilyName, name.newValue());
        assertEquals(Staff.RECEPTIONIST, name.changedBy());

        assertEquals(List.of(mrn), Staff.as(Staff.DOCTOR, () -> patients.search(PatientSearchCriteria.byName(newFamilyName), 0, 5))
                .stream().map(p -> p.mrn()).toList(), "found by the new name");
        assertTrue(Staff.as(Staff.DOCTOR, () -> patients.search(PatientSearchCriteria.byName(before.familyName()), 0, 5)).isEmpty(),
                "no longer found by the old name");
    }

    @Test
    void twoClerksCannotOverwriteEachOtherSilently() throws Exception {
        String mrn = register("Locked", PatientFixtures.uniqueWord("Record"));
        long opened = Staff.as(Staff.RECEPTIONIST, () -> patients.findByMrn(mrn)).orElseThrow().version();
        Demographics first = Staff.as(Staff.RECEPTIONIST, () -> records.demographicsForEdit(mrn));
        Demographics second = Staff.as(Staff.ADMIN, () -> records.demographicsForEdit(mrn));
        first.setPhone("01711-000111");
        second.setPhone("01711-000222");

        Staff.as(Staff.RECEPTIONIST, () -> records.update(mrn, opened, first));
        StaleRecordException stale = assertThrows(StaleRecordException.class,
                () -> Staff.as(Staff.ADMIN, () -> records.update(mrn, opened, second)));

        assertEquals(Staff.RECEPTIONIST, stale.getChangedBy());
        assertEquals("01711-000111", Staff.as(Staff.RECEPTIONIST, () -> patients.findByMrn(mrn)).orElseThrow().phone());
    }

    @Test
    void badEditsAreRefusedAndChangeNothing() throws Exception {
        String mrn = register("Careful", PatientFixtures.uniqueWord("Clerk"));
        PatientDetails before = Staff.as(Staff.RECEPTIONIST, () -> patients.findByMrn(mrn)).orElseThrow();
        Demographics form = Staff.as(Staff.RECEPTIONIST, () -> records.demographicsForEdit(mrn));
        form.setBirthDate(LocalDate.now().plusDays(1));
        form.setBloodGroup("C+");
        form.setInsurancePayer("Payer without a policy");

        Map<String, String> problems = assertThrows(InvalidPatientDataException.class,
                () -> Staff.as(Staff.RECEPTIONIST, () -> records.update(mrn, before.version(), form))).getFieldErrors();

        assertEquals("Date of birth cannot be in the future", problems.get("birthDate"));
        assertTrue(problems.containsKey("bloodGroup"));
        assertEquals("Policy number is required with an insurance payer", problems.get("insurancePolicyNumber"));
        assertEquals(before, Staff.as(Staff.RECEPTIONIST, () -> patients.findByMrn(mrn)).orElseThrow());
        assertTrue(Staff.as(Staff.RECEPTIONIST, () -> records.history(mrn)).isEmpty());
    }

    @Test
    void photoAndIdentifiersOfOtherSystems() throws Exception {
        String mrn = register("Photo", PatientFixtures.uniqueWord("Identifier"));
        byte[] png = new byte[2048];
        System.arraycopy(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}, 0, png, 0, 8);
        Staff.as(Staff.RECEPTIONIST, () -> {
            records.changePhoto(mrn, "image/png", png);
            return null;
        });
        assertArrayEquals(png, Staff.as(Staff.BILLING, () -> records.photo(mrn)).orElseThrow().content());
        assertEquals("A photo must be a JPEG or PNG image", assertThrows(InvalidPatientDataException.class,
                () -> Staff.as(Staff.RECEPTIONIST, () -> {
                    records.changePhoto(mrn, "application/pdf", ChartFixtures.pdf(100));
                    return null;
                })).getFieldErrors().get("photo"));

        String memberNumber = "GD-" + PatientFixtures.uniqueDigits(8);
        Staff.as(Staff.RECEPTIONIST, () -> {
            records.addIdentifier(mrn, "Green Delta", memberNumber);
            return null;
        });
        assertEquals(List.of("Green Delta"), Staff.as(Staff.DOCTOR, () -> records.identifiers(mrn)).stream()
                .map(i -> i.issuer()).toList());
        assertEquals(mrn, Staff.as(Staff.LAB_TECH, () -> records.findByIdentifier("Green Delta", memberNumber.toLowerCase()))
                .orElseThrow(), "found by the identifier in any notation");
        String other = register("Other", PatientFixtures.uniqueWord("Member"));
        assertTrue(assertThrows(InvalidPatientDataException.class, () -> Staff.as(Staff.RECEPTIONIST, () -> {
            records.addIdentifier(other, "Green Delta", memberNumber);
            return null;
        })).getFieldErrors().get("identifier").contains(mrn), "an identifier names one patient");
    }

    @Test
    void aMergeMovesEveryKindOfRecordAndVoidsTheDuplicate() throws Exception {
        String family = PatientFixtures.uniqueWord("Twice");
        String survivor = register("Rahima", family);
        String duplicate = register("Rahima", family);
        String visit = Staff.as(Staff.DOCTOR, () -> encounters.open(duplicate, ChartFixtures.visit(EncounterType.OUTPATIENT, "Cough")));
        Staff.as(Staff.DOCTOR, () -> diagnoses.diagnose(visit, ChartFixtures.diagnosis("J20.9", DiagnosisRank.PRIMARY)));
        Staff.as(Staff.DOCTOR, () -> prescriptions.prescribe(visit, ChartFixtures.prescription("Salbutamol", 5)));
        Staff.as(Staff.NURSE, () -> vitalSigns.record(visit, ChartFixtures.vitals(118, 76, 90, "37.9", null, null)));
        Staff.as(Staff.DOCTOR, () -> notes.sign(visit, NoteType.PROGRESS, "Wheeze both sides."));
        Staff.as(Staff.NURSE, () -> documents.attach(duplicate, visit, "Chest X-ray report", "application/pdf", ChartFixtures.pdf(500)));
        Staff.as(Staff.NURSE, () -> allergies.record(duplicate, allergy()));
        Staff.as(Staff.RECEPTIONIST, () -> {
            records.addIdentifier(duplicate, "City Hospital", "CH-" + PatientFixtures.uniqueDigits(6));
            return null;
        });

        MergeReport report = Staff.as(Staff.ADMIN, () -> merges.merge(survivor, duplicate, "Registered twice on the same day"));

        // Every feature reports, also when it had nothing to move (lab results are moved in LabResultsIT).
        assertEquals(Map.ofEntries(Map.entry("Allergy", 1), Map.entry("ClinicalNote", 1), Map.entry("Diagnosis", 1),
                Map.entry("Encounter", 1), Map.entry("MedicationOrder", 1), Map.entry("PatientDocument", 1), Map.entry("PatientIdentifier", 1),
                Map.entry("VitalSigns", 1), Map.entry("LabMessage", 0), Map.entry("LabOrder", 0), Map.entry("LabReport", 0),
                Map.entry("LabObservationEntry", 0), Map.entry("Charge", 0), Map.entry("Invoice", 0), Map.entry("PatientBillingPlan", 0)),
                report.movedRecords());
        ChartSummary chart = Staff.as(Staff.DOCTOR, () -> charts.summary(survivor));
        assertEquals(1, chart.encounterCount());
        assertEquals("J20.9", chart.activeProblems().get(0).code());
        assertEquals("Salbutamol", chart.currentMedications().get(0).drug());
        assertEquals("Peanut", chart.allergies().get(0).substance());
        assertEquals(118, chart.lastVitals().systolic());
        assertEquals(1, Staff.as(Staff.DOCTOR, () -> documents.list(survivor)).size());
        assertEquals(1, Staff.as(Staff.DOCTOR, () -> records.identifiers(survivor)).size());

        PatientDetails voided = Staff.as(Staff.RECEPTIONIST, () -> patients.findByMrn(duplicate)).orElseThrow();
        assertEquals(survivor, voided.mergedIntoMrn());
        assertEquals(List.of(survivor), Staff.as(Staff.RECEPTIONIST, () -> patients.search(PatientSearchCriteria.byName(family), 0, 5))
                .stream().map(p -> p.mrn()).toList(), "the voided record is no longer found");
        assertTrue(assertThrows(InvalidPatientDataException.class, () -> Staff.as(Staff.DOCTOR, () -> charts.summary(duplicate)))
                .getFieldErrors().get("patient").contains(survivor), "the old MRN points at the surviving record");

        List<AuditEvent> audited = Staff.as(Staff.ADMIN, () -> auditTrail.find(duplicate, null, 0, 50));
        assertTrue(audited.stream().anyMatch(e -> e.getAction() == AuditAction.PATIENT_MERGED && e.getDetail().equals("merged into " + survivor)));
        assertTrue(Staff.as(Staff.ADMIN, () -> auditTrail.find(survivor, null, 0, 50)).stream()
                .anyMatch(e -> e.getAction() == AuditAction.PATIENT_MERGED && e.getDetail().contains("Encounter=1")));
    }

    @Test
    void aMergeNeedsTwoCurrentRecordsAndAReason() throws Exception {
        String one = register("Merge", PatientFixtures.uniqueWord("One"));
        String two = register("Merge", PatientFixtures.uniqueWord("Two"));
        Map<String, String> problems = assertThrows(InvalidPatientDataException.class,
                () -> Staff.as(Staff.ADMIN, () -> merges.merge(one, one, "short"))).getFieldErrors();
        assertEquals(List.of("obsoleteMrn", "reason"), problems.keySet().stream().sorted().toList());
        Staff.as(Staff.ADMIN, () -> merges.merge(one, two, "Same person, confirmed by national id card"));
        assertEquals("This record was already merged into another one", assertThrows(InvalidPatientDataException.class,
                () -> Staff.as(Staff.ADMIN, () -> merges.merge(one, two, "Same person, confirmed again"))).getFieldErrors()
                .get("obsoleteMrn"));
        assertFalse(Staff.as(Staff.RECEPTIONIST, () -> patients.findByMrn(one)).orElseThrow().isMerged());
    }

    private String register(String given, String family) throws Exception {
        return Staff.as(Staff.RECEPTIONIST, () -> registration.register(PatientFixtures.demographics(given, family))).value();
    }

    private static AllergyEntry allergy() {
        AllergyEntry entry = new AllergyEntry();
        entry.setSubstance("Peanut");
        entry.setCategory(AllergyCategory.FOOD);
        entry.setSeverity(AllergySeverity.SEVERE);
        entry.setReaction("swollen lips");
        return entry;
    }
}
