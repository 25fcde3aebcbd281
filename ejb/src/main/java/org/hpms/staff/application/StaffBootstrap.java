package org.hpms.staff.application;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.List;
import java.util.logging.Logger;
import org.hpms.security.Roles;
import org.hpms.shared.config.HpmsConfiguration;

/**
 * On an empty staff table, creates the first administrator, "admin". Its password is
 * HPMS_ADMIN_PASSWORD when set; otherwise a random one is written to a file only the server's
 * user can read (the log names the file, never the password). In demo mode it also creates one
 * demo account per role.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@RunAs(Roles.ADMIN)
public class StaffBootstrap {

    private static final Logger LOG = Logger.getLogger(StaffBootstrap.class.getName());
    public static final String ADMIN_USERNAME = "admin";
    /** Demo accounts share one password, printed by the run command; demo mode is not for production. */
    public static final String DEMO_PASSWORD = "Hpms-Demo-2026!";
    public static final List<DemoAccount> DEMO_ACCOUNTS = List.of(
            new DemoAccount("dr.rahman", "Dr. Farhana Rahman", Roles.DOCTOR),
            new DemoAccount("nurse.akter", "Nasrin Akter", Roles.NURSE),
            new DemoAccount("reception", "Kamal Hossain", Roles.RECEPTIONIST),
            new DemoAccount("billing", "Rupa Chowdhury", Roles.BILLING),
            new DemoAccount("lab.tech", "Imran Karim", Roles.LAB_TECH),
            new DemoAccount("demo.admin", "Demo Administrator", Roles.ADMIN));

    public record DemoAccount(String username, String fullName, String role) {
    }

    @PersistenceContext
    EntityManager em;

    @EJB
    StaffAccountService accounts;

    @PostConstruct
    void createInitialAccounts() {
        long existing = em.createQuery("SELECT COUNT(u) FROM StaffUser u", Long.class).getSingleResult();
        if (existing == 0) {
            String password = HpmsConfiguration.initialAdminPassword().orElseGet(this::generateAndStoreAdminPassword);
            accounts.create(ADMIN_USERNAME, "Administrator", password, List.of(Roles.ADMIN));
            LOG.info("Created the first administrator account 'admin'");
        }
        if (HpmsConfiguration.demoMode()) {
            for (DemoAccount demo : DEMO_ACCOUNTS) {
                if (!accounts.exists(demo.username())) {
                    accounts.create(demo.username(), demo.fullName(), DEMO_PASSWORD, List.of(demo.role()));
                }
            }
        }
    }

    private String generateAndStoreAdminPassword() {
        String password = randomPassword();
        Path file = HpmsConfiguration.initialAdminPasswordFile();
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.deleteIfExists(file);
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(file, password + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the initial admin password file " + file, e);
        }
        LOG.warning("Generated a password for 'admin' and wrote it to " + file.toAbsolutePath()
                + "; log in, change it, and delete that file");
        return password;
    }

    private static String randomPassword() {
        String alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            password.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return password.toString();
    }
}
