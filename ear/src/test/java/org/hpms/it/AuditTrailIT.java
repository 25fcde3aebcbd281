package org.hpms.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.hpms.audit.application.AccessSummary;
import org.hpms.audit.application.AuditTrailQueryService;
import org.hpms.audit.domain.AuditAction;
import org.hpms.audit.domain.AuditEvent;
import org.hpms.audit.domain.AuditOutcome;
import org.hpms.audit.domain.ChainVerification;
import org.hpms.it.support.Deployments;
import org.hpms.it.support.PatientFixtures;
import org.hpms.it.support.Staff;
import org.hpms.patient.application.PatientQueryService;
import org.hpms.patient.application.PatientRegistrationService;
import org.hpms.patient.application.PatientSearchCriteria;
import org.hpms.patient.domain.Demographics;
import org.hpms.patient.domain.MedicalRecordNumber;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Reads and writes of patient data leave chained audit rows; editing or deleting one is detected. */
@ExtendWith(ArquillianExtension.class)
class AuditTrailIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.applicationWithTests(AuditTrailIT.class);
    }

    @EJB(lookup = "java:global/hpms/hpms-ejb/PatientRegistrationService")
    PatientRegistrationService registration;

    @EJB(lookup = "java:global/hpms/hpms-ejb/PatientQueryService")
    PatientQueryService patients;

    @EJB(lookup = "java:global/hpms/hpms-ejb/AuditTrailQueryService")
    AuditTrailQueryService auditTrail;

    @Resource(lookup = "java:jboss/datasources/HpmsLocalDS")
    DataSource dataSource;

    @Test
    void registrationViewAndSearchAreAuditedWithWhoRoleAndOutcome() throws Exception {
        Demographics demographics = PatientFixtures.demographics("Audited", PatientFixtures.uniqueWord("Patient"));
        MedicalRecordNumber mrn = Staff.as(Staff.RECEPTIONIST, () -> registration.register(demographics));
        Staff.as(Staff.DOCTOR, () -> patients.findByMrn(mrn.value()));
        Staff.as(Staff.NURSE, () -> patients.search(PatientSearchCriteria.byName(demographics.getFamilyName()), 0, 10));

        List<AuditEvent> events = Staff.as(Staff.ADMIN, () -> auditTrail.find(mrn.value(), null, 0, 10));
        Map<AuditAction, AuditEvent> byAction = events.stream()
                .collect(Collectors.toMap(AuditEvent::getAction, event -> event, (a, b) -> a));
        assertEquals(3, events.size(), "registered, viewed, found: " + events);

        AuditEvent registered = byAction.get(AuditAction.PATIENT_REGISTERED);
        assertEquals(Staff.RECEPTIONIST, registered.getUsername());
        assertEquals("RECEPTIONIST", registered.getRoles());
        assertEquals(AuditOutcome.SUCCESS, registered.getOutcome());

        AuditEvent viewed = byAction.get(AuditAction.PATIENT_VIEWED);
        assertEquals(Staff.DOCTOR, viewed.getUsername());
        assertEquals("DOCTOR", viewed.getRoles());

        AuditEvent searched = byAction.get(AuditAction.PATIENT_SEARCHED);
        assertEquals(Staff.NURSE, searched.getUsername());
        assertEquals("by name; rows 0+1", searched.getDetail());
        assertFalse(searched.getDetail().contains(demographics.getFamilyName()), "audit details must not hold PHI");

        assertTrue(events.get(0).getSequence() > events.get(2).getSequence(), "newest first");
        assertTrue(Staff.as(Staff.ADMIN, () -> auditTrail.find(null, Staff.DOCTOR, 0, 100)).stream()
                .anyMatch(event -> event.getSequence().equals(viewed.getSequence())), "filter by user finds the view");
    }

    @Test
    void privacyReportsSayWhoViewedAChartAndWhatAUserViewed() throws Exception {
        MedicalRecordNumber mrn = Staff.as(Staff.RECEPTIONIST, () -> registration.register(
                PatientFixtures.demographics("Private", PatientFixtures.uniqueWord("Person"))));
        Staff.as(Staff.DOCTOR, () -> patients.findByMrn(mrn.value()));
        Staff.as(Staff.DOCTOR, () -> patients.findByMrn(mrn.value()));
        Staff.as(Staff.NURSE, () -> patients.findByMrn(mrn.value()));

        Map<String, Long> viewers = Staff.as(Staff.ADMIN, () -> auditTrail.whoAccessedPatient(mrn.value())).stream()
                .collect(Collectors.toMap(AccessSummary::subject, AccessSummary::accesses));
        assertEquals(Map.of(Staff.RECEPTIONIST, 1L, Staff.DOCTOR, 2L, Staff.NURSE, 1L), viewers);

        List<AccessSummary> doctorsPatients = Staff.as(Staff.ADMIN, () -> auditTrail.patientsAccessedBy(Staff.DOCTOR));
        AccessSummary thisPatient = doctorsPatients.stream().filter(row -> row.subject().equals(mrn.value())).findFirst().orElseThrow();
        assertEquals(2L, thisPatient.accesses());
        assertTrue(!thisPatient.last().isBefore(thisPatient.first()));
        assertEquals(mrn.value(), doctorsPatients.get(0).subject(), "most recent first");

        assertThrows(jakarta.ejb.EJBAccessException.class,
                () -> Staff.as(Staff.DOCTOR, () -> auditTrail.whoAccessedPatient(mrn.value())), "admins only");
    }

    @Test
    void viewOfUnknownMrnIsAuditedAsNotFound() throws Exception {
        String unknown = MedicalRecordNumber.fromSerial(MedicalRecordNumber.LAST_SERIAL).value();
        Staff.as(Staff.NURSE, () -> patients.findByMrn(unknown));
        AuditEvent latest = Staff.as(Staff.ADMIN, () -> auditTrail.find(unknown, Staff.NURSE, 0, 1)).get(0);
        assertEquals(AuditOutcome.NOT_FOUND, latest.getOutcome());
    }

    @Test
    void chainVerifiesAndDetectsAnEditedRowAndADeletedRow() throws Exception {
        MedicalRecordNumber mrn = Staff.as(Staff.RECEPTIONIST, () -> registration.register(
                PatientFixtures.demographics("Chain", PatientFixtures.uniqueWord("Link"))));
        Staff.as(Staff.DOCTOR, () -> patients.findByMrn(mrn.value()));
        assertTrue(verify().intact(), "chain of an untouched trail verifies");

        List<AuditEvent> trail = Staff.as(Staff.ADMIN, () -> auditTrail.find(mrn.value(), null, 0, 2));
        AuditEvent victimRow = trail.get(1);
        long victim = victimRow.getSequence(); // the registration: a row in the middle of its chain
        long last = trail.get(0).getSequence();   // the view: the newest row of all

        // An insider edits a row in the database to hide who looked at the chart.
        String originalUser = singleValue("SELECT username FROM audit_event WHERE seq = ?", victim);
        execute("UPDATE audit_event SET username = 'someone.else' WHERE seq = ?", victim);
        ChainVerification edited = verify();
        assertFalse(edited.intact());
        assertEquals(victimRow.getChain(), edited.chain());
        assertEquals(victimRow.getChainSequence(), edited.firstBadPosition());
        execute("UPDATE audit_event SET username = '" + originalUser + "' WHERE seq = ?", victim);
        assertTrue(verify().intact(), "restoring the exact row restores the chain");

        // An insider deletes the row; keep its values to put it back afterwards.
        Object[] row = rowValues(victim);
        execute("DELETE FROM audit_event WHERE seq = ?", victim);
        ChainVerification deleted = verify();
        assertFalse(deleted.intact());
        assertEquals(victimRow.getChainSequence(), deleted.firstBadPosition());
        assertTrue(deleted.problem().contains("missing"), deleted.problem());
        insertRow(row);
        assertTrue(verify().intact(), "restoring the deleted row restores the chain");

        // Deleting the newest rows leaves no gap, but the chain head still knows where the chain ended.
        Object[] lastRow = rowValues(last);
        execute("DELETE FROM audit_event WHERE seq = ?", last);
        ChainVerification truncated = verify();
        assertFalse(truncated.intact());
        assertTrue(truncated.problem().contains("deleted"), truncated.problem());
        insertRow(lastRow);
        assertTrue(verify().intact());

        // A row slipped in outside every chain (a chain number no head has) is not hidden by the chains' walks.
        Object[] stray = rowValues(last);
        stray[0] = 999_999_999L; // seq
        stray[1] = 99;           // chain
        insertRow(stray);
        ChainVerification inserted = verify();
        assertFalse(inserted.intact());
        assertTrue(inserted.problem().contains("belong to no chain"), inserted.problem());
        execute("DELETE FROM audit_event WHERE seq = ?", 999_999_999L);
        assertTrue(verify().intact());

        // So is a row slipped in past the end of a real chain (an append moves its head in the same transaction).
        stray[1] = trail.get(0).getChain();
        stray[2] = 1_000_000_000L; // chain_seq
        insertRow(stray);
        assertTrue(verify().problem().contains("belong to no chain"));
        execute("DELETE FROM audit_event WHERE seq = ?", 999_999_999L);
        assertTrue(verify().intact());
    }

    @Test
    void concurrentAppendsGoToChainsSideBySideAndEveryChainVerifies() throws Exception {
        MedicalRecordNumber mrn = Staff.as(Staff.RECEPTIONIST, () -> registration.register(
                PatientFixtures.demographics("Busy", PatientFixtures.uniqueWord("Chart"))));
        int clients = 16;
        int viewsEach = 10;
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<Object>> views = new ArrayList<>();
            for (int client = 0; client < clients; client++) {
                views.add(pool.submit(() -> Staff.as(Staff.DOCTOR, () -> {
                    for (int view = 0; view < viewsEach; view++) {
                        patients.findByMrn(mrn.value());
                    }
                    return null;
                })));
            }
            assertTrue(verify().intact(), "the trail verifies while appends go on");
            for (Future<Object> view : views) {
                view.get(2, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }
        List<AuditEvent> rows = Staff.as(Staff.ADMIN, () -> auditTrail.find(mrn.value(), Staff.DOCTOR, 0, 1_000));
        assertEquals(clients * viewsEach, rows.size(), "every view audited once");
        assertTrue(rows.stream().map(AuditEvent::getChain).distinct().count() > 1,
                "views at the same time were appended to more than one chain");
        assertTrue(verify().intact(), "and every chain verifies");
    }

    private ChainVerification verify() throws Exception {
        return Staff.as(Staff.ADMIN, () -> auditTrail.verifyChain());
    }

    private String singleValue(String sql, long seq) throws Exception {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, seq);
            try (ResultSet result = statement.executeQuery()) {
                assertTrue(result.next());
                return result.getString(1);
            }
        }
    }

    private void execute(String sql, long seq) throws Exception {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, seq);
            statement.execute();
        }
    }

    private Object[] rowValues(long seq) throws Exception {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("SELECT * FROM audit_event WHERE seq = ?")) {
            select.setLong(1, seq);
            try (ResultSet result = select.executeQuery()) {
                assertTrue(result.next());
                Object[] values = new Object[result.getMetaData().getColumnCount()];
                for (int i = 0; i < values.length; i++) {
                    values[i] = result.getObject(i + 1);
                }
                return values;
            }
        }
    }

    private void insertRow(Object[] values) throws Exception {
        String placeholders = String.join(",", java.util.Collections.nCopies(values.length, "?"));
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement("INSERT INTO audit_event VALUES (" + placeholders + ")")) {
            for (int i = 0; i < values.length; i++) {
                insert.setObject(i + 1, values[i]);
            }
            insert.executeUpdate();
        }
    }
}
