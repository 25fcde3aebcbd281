package org.hpms.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.hpms.it.support.Deployments;
import org.hpms.it.support.PatientFixtures;
import org.hpms.it.support.Staff;
import org.hpms.patient.application.PatientQueryService;
import org.hpms.patient.application.PatientRegistrationService;
import org.hpms.patient.domain.Demographics;
import org.hpms.patient.domain.MedicalRecordNumber;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Reads the database as an attacker with a copy of it would: no PHI in clear text anywhere in the row. */
@ExtendWith(ArquillianExtension.class)
class PhiAtRestIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.applicationWithTests(PhiAtRestIT.class);
    }

    @EJB(lookup = "java:global/hpms/hpms-ejb/PatientRegistrationService")
    PatientRegistrationService registration;

    @EJB(lookup = "java:global/hpms/hpms-ejb/PatientQueryService")
    PatientQueryService patients;

    @Resource(lookup = "java:jboss/datasources/HpmsLocalDS")
    DataSource dataSource;

    @Test
    void rawPatientRowHoldsNoPlaintextPhi() throws Exception {
        Demographics demographics = PatientFixtures.demographics("Shirin", PatientFixtures.uniqueWord("Akhtar"));
        demographics.setPhone("01711-" + PatientFixtures.uniqueDigits(6));
        demographics.setNationalId(PatientFixtures.uniqueNationalId());
        demographics.setAddress("Flat 4B, " + PatientFixtures.uniqueWord("Gulshan") + " Avenue, Dhaka");
        MedicalRecordNumber mrn = Staff.as(Staff.RECEPTIONIST, () -> registration.register(demographics));

        List<byte[]> cells = rawRow(mrn);
        List<String> secrets = List.of(demographics.getGivenName(), demographics.getFamilyName(),
                demographics.getPhone(), demographics.getPhone().replaceAll("\\D", ""), demographics.getNationalId(),
                demographics.getAddress(), "1985-04-12", demographics.getEmergencyContactName());
        for (byte[] cell : cells) {
            String asText = cell == null ? "" : new String(cell, StandardCharsets.ISO_8859_1);
            for (String secret : secrets) {
                assertFalse(asText.contains(secret), "a column holds '" + secret + "' in clear text");
            }
        }
        // And the application still reads it back.
        assertEquals(demographics.getAddress(),
                Staff.as(Staff.DOCTOR, () -> patients.findByMrn(mrn.value())).orElseThrow().address());
    }

    @Test
    void alteredCiphertextIsRefusedNotMisread() throws Exception {
        Demographics demographics = PatientFixtures.demographics("Tamper", PatientFixtures.uniqueWord("Proof"));
        MedicalRecordNumber mrn = Staff.as(Staff.RECEPTIONIST, () -> registration.register(demographics));
        try (Connection connection = dataSource.getConnection();
             PreparedStatement flip = connection.prepareStatement(
                     "UPDATE patient SET given_name_enc = CONCAT(LEFT(given_name_enc, LENGTH(given_name_enc) - 1),"
                             + " CHAR(ASCII(RIGHT(given_name_enc, 1)) ^ 1)) WHERE mrn = ?")) {
            flip.setString(1, mrn.value());
            assertEquals(1, flip.executeUpdate());
        }
        Exception refused = assertThrows(Exception.class, () -> Staff.as(Staff.DOCTOR, () -> patients.findByMrn(mrn.value())));
        assertTrue(causeChainMentions(refused, "integrity check"), "a tampered value must fail its GCM check");
    }

    private List<byte[]> rawRow(MedicalRecordNumber mrn) throws Exception {
        List<byte[]> cells = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("SELECT * FROM patient WHERE mrn = ?")) {
            select.setString(1, mrn.value());
            try (ResultSet row = select.executeQuery()) {
                assertTrue(row.next());
                ResultSetMetaData columns = row.getMetaData();
                for (int i = 1; i <= columns.getColumnCount(); i++) {
                    cells.add(row.getBytes(i));
                }
            }
        }
        assertTrue(cells.size() >= 15, "expected the whole patient row");
        return cells;
    }

    private static boolean causeChainMentions(Throwable error, String text) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause.getMessage() != null && cause.getMessage().contains(text)) {
                return true;
            }
        }
        return false;
    }
}
