package org.hpms.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import java.util.List;
import java.util.concurrent.Callable;
import org.hpms.audit.application.AuditTrailQueryService;
import org.hpms.it.support.Deployments;
import org.hpms.it.support.PatientFixtures;
import org.hpms.it.support.Staff;
import org.hpms.patient.application.PatientQueryService;
import org.hpms.patient.application.PatientRegistrationService;
import org.hpms.patient.application.PatientSearchCriteria;
import org.hpms.patient.domain.MedicalRecordNumber;
import org.hpms.security.Roles;
import org.hpms.staff.application.StaffAccountService;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Each service refuses every role it was not designed for, and an anonymous caller outright. */
@ExtendWith(ArquillianExtension.class)
class RoleEnforcementIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.applicationWithTests(RoleEnforcementIT.class);
    }

    @EJB(lookup = "java:global/hpms/hpms-ejb/PatientRegistrationService")
    PatientRegistrationService registration;

    @EJB(lookup = "java:global/hpms/hpms-ejb/PatientQueryService")
    PatientQueryService patients;

    @EJB(lookup = "java:global/hpms/hpms-ejb/StaffAccountService")
    StaffAccountService staffAccounts;

    @EJB(lookup = "java:global/hpms/hpms-ejb/AuditTrailQueryService")
    AuditTrailQueryService auditTrail;

    private static final List<String> EVERY_ACCOUNT = List.of(Staff.ADMIN, Staff.DOCTOR, Staff.NURSE, Staff.RECEPTIONIST,
            Staff.BILLING, Staff.LAB_TECH);

    @Test
    void onlyReceptionAndAdminRegisterPatients() throws Exception {
        for (String account : EVERY_ACCOUNT) {
            Callable<MedicalRecordNumber> register = () -> registration.register(
                    PatientFixtures.demographics("Role", PatientFixtures.uniqueWord("Check")));
            if (account.equals(Staff.RECEPTIONIST) || account.equals(Staff.ADMIN)) {
                assertTrue(MedicalRecordNumber.isValid(Staff.as(account, register).value()), account);
            } else {
                assertThrows(EJBAccessException.class, () -> Staff.as(account, register), account);
            }
        }
    }

    @Test
    void everyStaffRoleMaySearchPatients() throws Exception {
        for (String account : EVERY_ACCOUNT) {
            long count = Staff.as(account, () -> patients.count(PatientSearchCriteria.byName("zz-no-such-name")));
            assertEquals(0L, count, account);
        }
    }

    @Test
    void onlyReceptionAndAdminExportPatientListsAndEachExportIsAudited() throws Exception {
        PatientSearchCriteria criteria = PatientSearchCriteria.byName("karim");
        for (String account : EVERY_ACCOUNT) {
            Callable<Void> export = () -> {
                patients.authoriseExport(criteria, 3, "csv");
                return null;
            };
            if (account.equals(Staff.RECEPTIONIST) || account.equals(Staff.ADMIN)) {
                Staff.as(account, export);
                org.hpms.audit.domain.AuditEvent audited = Staff.as(Staff.ADMIN, () -> auditTrail.find(null, account, 0, 1)).get(0);
                assertEquals(org.hpms.audit.domain.AuditAction.PATIENTS_EXPORTED, audited.getAction(), account);
                assertEquals("csv export of 3 row(s) found by name", audited.getDetail());
            } else {
                assertThrows(EJBAccessException.class, () -> Staff.as(account, export), account);
            }
        }
    }

    @Test
    void onlyAdminManagesStaffAndReadsTheAuditTrail() throws Exception {
        for (String account : EVERY_ACCOUNT) {
            if (account.equals(Staff.ADMIN)) {
                assertTrue(Staff.as(account, () -> staffAccounts.list()).size() >= EVERY_ACCOUNT.size());
                assertTrue(Staff.as(account, () -> auditTrail.count(null, null)) > 0);
            } else {
                assertThrows(EJBAccessException.class, () -> Staff.as(account, () -> staffAccounts.list()), account);
                assertThrows(EJBAccessException.class, () -> Staff.as(account, () -> auditTrail.count(null, null)), account);
                assertThrows(EJBAccessException.class, () -> Staff.as(account,
                        () -> staffAccounts.create("x" + account.replace(".", ""), "Nobody", "Long-Enough-Pass-1", List.of(Roles.ADMIN))), account);
            }
        }
    }

    @Test
    void unauthenticatedCallsAreRefused() {
        assertThrows(EJBAccessException.class, () -> patients.count(PatientSearchCriteria.byName("ab")));
        assertThrows(EJBAccessException.class, () -> patients.findByMrn("100000017"));
        assertThrows(EJBAccessException.class, () -> registration.register(PatientFixtures.demographics("No", "Login")));
        assertThrows(EJBAccessException.class, () -> staffAccounts.list());
        assertThrows(EJBAccessException.class, () -> auditTrail.verifyChain());
    }

    @Test
    void wrongPasswordDoesNotAuthenticate() {
        assertTrue(Staff.authenticates(Staff.DOCTOR, Staff.DEMO_PASSWORD));
        assertEquals(false, Staff.authenticates(Staff.DOCTOR, "not-the-password"));
        assertEquals(false, Staff.authenticates("nobody-here", Staff.DEMO_PASSWORD));
    }
}
