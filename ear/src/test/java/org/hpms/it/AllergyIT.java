package org.hpms.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import javax.sql.DataSource;
import org.hpms.audit.application.AuditTrailQueryService;
import org.hpms.audit.domain.AuditAction;
import org.hpms.audit.domain.AuditEvent;
import org.hpms.clinical.application.AllergyService;
import org.hpms.clinical.application.AllergyView;
import org.hpms.clinical.domain.AllergyCategory;
import org.hpms.clinical.domain.AllergyEntry;
import org.hpms.clinical.domain.AllergySeverity;
import org.hpms.it.support.Deployments;
import org.hpms.it.support.PatientFixtures;
import org.hpms.it.support.Staff;
import org.hpms.patient.application.PatientRegistrationService;
import org.hpms.patient.domain.InvalidPatientDataException;
import org.hpms.patient.domain.MedicalRecordNumber;
import org.hpms.patient.domain.UnknownPatientException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Allergies: clinicians only, encrypted, voided not deleted, audited. */
@ExtendWith(ArquillianExtension.class)
class AllergyIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.applicationWithTests(AllergyIT.class);
    }

    @EJB(lookup = "java:global/hpms/hpms-ejb/AllergyService")
    AllergyService allergies;

    @EJB(lookup = "java:global/hpms/hpms-ejb/PatientRegistrationService")
    PatientRegistrationService registration;

    @EJB(lookup = "java:global/hpms/hpms-ejb/AuditTrailQueryService")
    AuditTrailQueryService auditTrail;

    @Resource(lookup = "java:jboss/datasources/HpmsLocalDS")
    DataSource dataSource;

    private String mrn;

    @BeforeEach
    void registerPatient() throws Exception {
        mrn = Staff.as(Staff.RECEPTIONIST, () -> registration.register(
                PatientFixtures.demographics("Allergic", PatientFixtures.uniqueWord("Patient")))).value();
    }

    @Test
    void nurseRecordsDoctorSeesMostSevereFirstAndVoidKeepsTheRecord() throws Exception {
        String peanut = Staff.as(Staff.NURSE, () -> allergies.record(mrn, entry("Peanut", AllergyCategory.FOOD, "hives", AllergySeverity.MODERATE)));
        Staff.as(Staff.DOCTOR, () -> allergies.record(mrn, entry("Penicillin", AllergyCategory.MEDICATION, "anaphylaxis",
                AllergySeverity.LIFE_THREATENING)));

        List<AllergyView> listed = Staff.as(Staff.DOCTOR, () -> allergies.activeAllergies(mrn));
        assertEquals(List.of("Penicillin", "Peanut"), listed.stream().map(AllergyView::substance).toList());
        assertEquals("Penicillin (life-threatening: anaphylaxis)", listed.get(0).summary());
        assertEquals(Staff.DOCTOR, listed.get(0).recordedBy());

        Staff.as(Staff.DOCTOR, () -> {
            allergies.voidAllergy(peanut, "Recorded for the wrong patient");
            return null;
        });
        assertEquals(List.of("Penicillin"), Staff.as(Staff.NURSE, () -> allergies.activeAllergies(mrn)).stream()
                .map(AllergyView::substance).toList());
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT voided, voided_by, substance_enc, void_reason_enc FROM allergy WHERE allergy_uid = ?")) {
            select.setString(1, peanut);
            try (ResultSet row = select.executeQuery()) {
                assertTrue(row.next(), "a voided allergy stays in the database");
                assertTrue(row.getBoolean(1));
                assertEquals(Staff.DOCTOR, row.getString(2));
                assertFalse(new String(row.getBytes(3), StandardCharsets.ISO_8859_1).contains("Peanut"), "substance encrypted");
                assertFalse(new String(row.getBytes(4), StandardCharsets.ISO_8859_1).contains("wrong patient"), "reason encrypted");
            }
        }

        List<AuditAction> audited = Staff.as(Staff.ADMIN, () -> auditTrail.find(mrn, null, 0, 20)).stream()
                .map(AuditEvent::getAction).toList();
        assertEquals(2, audited.stream().filter(AuditAction.ALLERGY_RECORDED::equals).count());
        assertEquals(1, audited.stream().filter(AuditAction.ALLERGY_VOIDED::equals).count());
        assertEquals(2, audited.stream().filter(AuditAction.ALLERGIES_VIEWED::equals).count());
    }

    @Test
    void onlyDoctorsAndNursesTouchAllergies() throws Exception {
        for (String account : List.of(Staff.RECEPTIONIST, Staff.BILLING, Staff.LAB_TECH, Staff.ADMIN)) {
            assertThrows(EJBAccessException.class, () -> Staff.as(account, () -> allergies.activeAllergies(mrn)), account);
            assertThrows(EJBAccessException.class, () -> Staff.as(account,
                    () -> allergies.record(mrn, entry("Latex", AllergyCategory.ENVIRONMENT, null, AllergySeverity.MILD))), account);
        }
        assertThrows(EJBAccessException.class, () -> allergies.activeAllergies(mrn));
    }

    @Test
    void badInputIsExplainedAndNothingIsSaved() throws Exception {
        InvalidPatientDataException invalid = assertThrows(InvalidPatientDataException.class,
                () -> Staff.as(Staff.NURSE, () -> allergies.record(mrn, entry(" ", null, "x".repeat(501), null))));
        assertEquals(List.of("category", "reaction", "severity", "substance"),
                invalid.getFieldErrors().keySet().stream().sorted().toList());
        assertTrue(Staff.as(Staff.NURSE, () -> allergies.activeAllergies(mrn)).isEmpty());

        String latex = Staff.as(Staff.NURSE, () -> allergies.record(mrn, entry("Latex", AllergyCategory.ENVIRONMENT, null, AllergySeverity.MILD)));
        assertTrue(assertThrows(InvalidPatientDataException.class, () -> Staff.as(Staff.NURSE, () -> {
            allergies.voidAllergy(latex, " ");
            return null;
        })).getFieldErrors().containsKey("voidReason"));
        assertEquals(1, Staff.as(Staff.NURSE, () -> allergies.activeAllergies(mrn)).size(), "not voided without a reason");

        String unknown = MedicalRecordNumber.fromSerial(MedicalRecordNumber.LAST_SERIAL).value();
        assertThrows(UnknownPatientException.class, () -> Staff.as(Staff.DOCTOR, () -> allergies.activeAllergies(unknown)));
    }

    private static AllergyEntry entry(String substance, AllergyCategory category, String reaction, AllergySeverity severity) {
        AllergyEntry entry = new AllergyEntry();
        entry.setSubstance(substance);
        entry.setCategory(category);
        entry.setReaction(reaction);
        entry.setSeverity(severity);
        return entry;
    }
}
