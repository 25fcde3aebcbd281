package org.hpms.it.support;

import java.util.concurrent.Callable;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * Runs test code as a real staff account, authenticated by the application's Elytron JDBC realm
 * (the same bcrypt check a login does); the services see that user and their roles.
 */
public final class Staff {

    /** Demo accounts created in demo mode (the container tests run with HPMS_DEMO=true). */
    public static final String DEMO_PASSWORD = "Hpms-Demo-2026!";
    public static final String DOCTOR = "dr.rahman";
    public static final String NURSE = "nurse.akter";
    public static final String RECEPTIONIST = "reception";
    public static final String BILLING = "billing";
    public static final String LAB_TECH = "lab.tech";
    public static final String ADMIN = "demo.admin";

    private Staff() {
    }

    public static <T> T as(String username, Callable<T> work) throws Exception {
        return as(username, DEMO_PASSWORD, work);
    }

    public static <T> T as(String username, String password, Callable<T> work) throws Exception {
        return runner().runAs(username, password, work);
    }

    public static boolean authenticates(String username, String password) {
        return runner().authenticates(username, password);
    }

    private static IdentityRunner runner() {
        try {
            return (IdentityRunner) new InitialContext().lookup(
                    "java:global/hpms/hpms-test-identity/ElytronIdentityRunner!" + IdentityRunner.class.getName());
        } catch (NamingException e) {
            throw new IllegalStateException("Test identity EJB not deployed", e);
        }
    }
}
