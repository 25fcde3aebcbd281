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
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.hpms.it.support.Deployments;
import org.hpms.it.support.PatientFixtures;
import org.hpms.it.support.Staff;
import org.hpms.security.Roles;
import org.hpms.staff.application.StaffAccount;
import org.hpms.staff.application.StaffAccountService;
import org.hpms.staff.domain.StaffAccountException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Account administration as the login realm sees it: create, roles, reset, disable. */
@ExtendWith(ArquillianExtension.class)
class StaffAccountIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.applicationWithTests(StaffAccountIT.class);
    }

    @EJB(lookup = "java:global/hpms/hpms-ejb/StaffAccountService")
    StaffAccountService accounts;

    @Resource(lookup = "java:jboss/datasources/HpmsLocalDS")
    DataSource dataSource;

    @Test
    void accountLifecycleIsEnforcedAtLogin() throws Exception {
        String username = PatientFixtures.uniqueWord("nurse.").toLowerCase();
        String password = "First-Password-42";
        StaffAccount created = Staff.as(Staff.ADMIN, () -> accounts.create(username, "New Nurse", password, List.of(Roles.NURSE)));
        assertEquals(Set.of(Roles.NURSE), created.roles());
        assertTrue(Staff.authenticates(username, password));
        assertTrue(storedHash(username).startsWith("$2a$12$"), "bcrypt with cost 12");

        Staff.as(Staff.ADMIN, () -> accounts.assignRoles(username, List.of(Roles.NURSE, Roles.RECEPTIONIST)));
        assertEquals(Set.of(Roles.NURSE, Roles.RECEPTIONIST), Staff.as(Staff.ADMIN, () -> accounts.list()).stream()
                .filter(account -> account.username().equals(username)).findFirst().orElseThrow().roles());

        Staff.as(Staff.ADMIN, () -> {
            accounts.resetPassword(username, "Second-Password-43");
            return null;
        });
        assertFalse(Staff.authenticates(username, password), "old password no longer works");
        assertTrue(Staff.authenticates(username, "Second-Password-43"));

        Staff.as(Staff.ADMIN, () -> accounts.setEnabled(username, false));
        assertFalse(Staff.authenticates(username, "Second-Password-43"), "disabled accounts cannot log in");
        Staff.as(Staff.ADMIN, () -> accounts.setEnabled(username, true));
        assertTrue(Staff.authenticates(username, "Second-Password-43"));
    }

    @Test
    void badAccountRequestsAreExplained() throws Exception {
        assertEquals("Password must have at least 10 characters", assertThrows(StaffAccountException.class,
                () -> Staff.as(Staff.ADMIN, () -> accounts.create("shortpw", "Short", "abc", List.of(Roles.DOCTOR)))).getMessage());
        assertEquals("Password must not contain the user name", assertThrows(StaffAccountException.class,
                () -> Staff.as(Staff.ADMIN, () -> accounts.create("drwho", "Who", "drwho-is-here-1", List.of(Roles.DOCTOR)))).getMessage());
        assertEquals("User name 'dr.rahman' is already taken", assertThrows(StaffAccountException.class,
                () -> Staff.as(Staff.ADMIN, () -> accounts.create("Dr.Rahman", "Dup", "Another-Long-Pass-1", List.of(Roles.DOCTOR)))).getMessage());
        assertEquals("Unknown role 'SUPERUSER'", assertThrows(StaffAccountException.class,
                () -> Staff.as(Staff.ADMIN, () -> accounts.create("someone", "Some One", "Another-Long-Pass-1", List.of("SUPERUSER")))).getMessage());
    }

    @Test
    void everyoneChangesTheirOwnPasswordAfterProvingTheCurrentOne() throws Exception {
        String username = PatientFixtures.uniqueWord("clerk.").toLowerCase();
        Staff.as(Staff.ADMIN, () -> accounts.create(username, "Billing Clerk", "Initial-Pass-2026", List.of(Roles.BILLING)));

        assertEquals("The current password is not correct", assertThrows(StaffAccountException.class,
                () -> Staff.as(username, "Initial-Pass-2026", () -> {
                    accounts.changeOwnPassword("wrong-current-1", "Better-Pass-2027");
                    return null;
                })).getMessage());
        assertEquals("Password must have at least 10 characters", assertThrows(StaffAccountException.class,
                () -> Staff.as(username, "Initial-Pass-2026", () -> {
                    accounts.changeOwnPassword("Initial-Pass-2026", "short");
                    return null;
                })).getMessage());
        assertTrue(Staff.authenticates(username, "Initial-Pass-2026"), "refused changes change nothing");

        Staff.as(username, "Initial-Pass-2026", () -> {
            accounts.changeOwnPassword("Initial-Pass-2026", "Better-Pass-2027");
            return null;
        });
        assertFalse(Staff.authenticates(username, "Initial-Pass-2026"));
        assertTrue(Staff.authenticates(username, "Better-Pass-2027"));
        assertThrows(jakarta.ejb.EJBAccessException.class, () -> Staff.as(username, "Better-Pass-2027", () -> accounts.list()),
                "changing one's own password gives no admin rights");
    }

    @Test
    void firstAdministratorWasCreatedFromConfiguration() {
        assertTrue(Staff.authenticates("admin", "Chief-Test-Pass-2026"));
    }

    private String storedHash(String username) throws Exception {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("SELECT password_hash FROM staff_user WHERE username = ?")) {
            select.setString(1, username);
            try (ResultSet result = select.executeQuery()) {
                assertTrue(result.next());
                return result.getString(1);
            }
        }
    }
}
