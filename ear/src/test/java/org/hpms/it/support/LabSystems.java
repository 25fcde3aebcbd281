package org.hpms.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Laboratory identities on the test server, added and removed as an operator does: with the README's
 * {@code wildfly-config/lab-system.sh}, against the running server's management port; other CLI work
 * on a running server; and where a lab connects: the HTTP port, upgraded to the broker's protocol.
 */
public final class LabSystems {

    public static final String BROKER_URL = brokerUrl(Integer.getInteger("hpms.it.portOffset", 100));

    private LabSystems() {
    }

    /** The broker of a server started with this port offset, reached through its HTTP port. */
    public static String brokerUrl(int portOffset) {
        return "tcp://127.0.0.1:" + (8080 + portOffset) + "?httpUpgradeEnabled=true";
    }

    /** Runs management CLI commands against a running server; returns what the CLI printed. */
    public static String cli(String jbossHome, int managementPort, String... commands) throws Exception {
        Process process = new ProcessBuilder(Path.of(jbossHome, "bin", "jboss-cli.sh").toString(), "--connect",
                "--controller=127.0.0.1:" + managementPort, "--output-json", "--commands=" + String.join(",", commands))
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "jboss-cli finished");
        assertEquals(0, process.exitValue(), output);
        return output;
    }

    public static void add(String name, String password) throws Exception {
        add(name, password, System.getProperty("jboss.home"), Integer.getInteger("hpms.it.managementPort"));
    }

    /** On another server than the test server (the crash drill's). */
    public static void add(String name, String password, String jbossHome, int managementPort) throws Exception {
        run("add", name, password, jbossHome, managementPort);
    }

    public static void remove(String name) throws Exception {
        run("remove", name, "", System.getProperty("jboss.home"), Integer.getInteger("hpms.it.managementPort"));
    }

    private static void run(String action, String name, String password, String jbossHome, int managementPort) throws Exception {
        ProcessBuilder script = new ProcessBuilder("bash", Path.of("..", "wildfly-config", "lab-system.sh").toString(), action, name)
                .redirectErrorStream(true);
        script.environment().put("JBOSS_HOME", jbossHome);
        script.environment().put("HPMS_CLI_OPTS", "--controller=127.0.0.1:" + managementPort);
        script.environment().put("LAB_SYSTEM_PASSWORD", password);
        script.environment().put("TMPDIR", System.getProperty("java.io.tmpdir"));
        Process process = script.start();
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "lab-system.sh " + action + " finished");
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.exitValue(), output);
        assertFalse(!password.isEmpty() && output.contains(password), "a given password is not echoed");
    }
}
