package org.hpms.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Laboratory identities on the test server, added and removed as an operator does: with the README's
 * {@code wildfly-config/lab-system.sh}, against the running server's management port. And where a lab
 * connects: the HTTP port, upgraded to the broker's protocol.
 */
public final class LabSystems {

    public static final String BROKER_URL = "tcp://127.0.0.1:" + (8080 + Integer.getInteger("hpms.it.portOffset", 100))
            + "?httpUpgradeEnabled=true";

    private LabSystems() {
    }

    public static void add(String name, String password) throws Exception {
        run("add", name, password);
    }

    public static void remove(String name) throws Exception {
        run("remove", name, "");
    }

    private static void run(String action, String name, String password) throws Exception {
        ProcessBuilder script = new ProcessBuilder("bash", Path.of("..", "wildfly-config", "lab-system.sh").toString(), action, name)
                .redirectErrorStream(true);
        script.environment().put("JBOSS_HOME", System.getProperty("jboss.home"));
        script.environment().put("HPMS_CLI_OPTS", "--controller=127.0.0.1:" + System.getProperty("hpms.it.managementPort"));
        script.environment().put("LAB_SYSTEM_PASSWORD", password);
        script.environment().put("TMPDIR", System.getProperty("java.io.tmpdir"));
        Process process = script.start();
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "lab-system.sh " + action + " finished");
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.exitValue(), output);
        assertFalse(!password.isEmpty() && output.contains(password), "a given password is not echoed");
    }
}
