package org.hpms.it.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.hpms.bench.PatientDataGenerator;

/**
 * A second WildFly for the kill -9 drills: a copy of the built server (port offset 300, HTTP 8380) with
 * the EAR, its own database on the test MariaDB, started as an operator starts it and killed with
 * SIGKILL (no shutdown hook, no orderly stop).
 */
final class CrashServer implements AutoCloseable {

    static final int OFFSET = 300;
    static final String ADMIN_PASSWORD = "Chief-Crash-Pass-2026";

    private final Path server = Path.of("target", "crash-server");
    private final String database;
    private Process wildfly;

    CrashServer(String database) {
        this.database = database;
    }

    /** A copy of the built server without the test run's deployment, and an empty database with the schema and some patients. */
    void prepare(int patients) throws Exception {
        Path built = Path.of(System.getProperty("jboss.home"));
        run("rm", "-rf", server.toString());
        run("cp", "-a", built.toString(), server.toString());
        for (String dir : List.of("standalone/data", "standalone/log", "standalone/tmp", "standalone/configuration/standalone_xml_history")) {
            run("rm", "-rf", server.resolve(dir).toString());
        }
        Path config = server.resolve("standalone/configuration/standalone-full.xml");
        Files.writeString(config, Files.readString(config).replaceAll("(?s)<deployments>.*?</deployments>", ""));
        Files.copy(Path.of("target", "hpms.ear"), server.resolve("standalone/deployments/hpms.ear"));
        try (Connection connection = DriverManager.getConnection(url("hpms"), "hpms", "hpms-test");
             Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + database);
            statement.execute("CREATE DATABASE " + database + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
        // The schema (Flyway, as the application runs it) and the patients.
        PatientDataGenerator.main(new String[] {url(database), "hpms", "hpms-test", keyFile().toString(), String.valueOf(patients)});
    }

    void start() throws Exception {
        Files.deleteIfExists(server.resolve("standalone/deployments/hpms.ear.deployed"));
        Files.deleteIfExists(server.resolve("standalone/deployments/hpms.ear.failed"));
        ProcessBuilder builder = new ProcessBuilder(server.resolve("bin/standalone.sh").toString(), "-c", "standalone-full.xml",
                "-Djboss.socket.binding.port-offset=" + OFFSET)
                .redirectErrorStream(true).redirectOutput(server.resolve("console.log").toFile());
        Map<String, String> environment = builder.environment();
        environment.put("HPMS_DB_URL", url(database) + "&characterEncoding=UTF-8&connectionTimeZone=UTC");
        environment.put("HPMS_DB_USER", "hpms");
        environment.put("HPMS_DB_PASSWORD", "hpms-test");
        environment.put("HPMS_KEY_FILE", keyFile().toString());
        environment.put("HPMS_ADMIN_PASSWORD", ADMIN_PASSWORD);
        environment.put("HPMS_DEMO", "false");
        environment.put("HPMS_BILLING_CYCLE_AT", "off");
        environment.put("JBOSS_PIDFILE", server.resolve("wildfly.pid").toAbsolutePath().toString());
        environment.put("LAUNCH_JBOSS_IN_BACKGROUND", "true");
        wildfly = builder.start();
        long deadline = System.currentTimeMillis() + TimeUnit.MINUTES.toMillis(4);
        Path deployed = server.resolve("standalone/deployments/hpms.ear.deployed");
        Path failed = server.resolve("standalone/deployments/hpms.ear.failed");
        while (!Files.exists(deployed)) {
            assertFalse(Files.exists(failed), "deployment failed: " + tail(server.resolve("standalone/log/server.log")));
            assertTrue(wildfly.isAlive(), "the server stopped: " + tail(server.resolve("console.log")));
            assertTrue(System.currentTimeMillis() < deadline, "not deployed in 4 minutes: " + tail(server.resolve("console.log")));
            Thread.sleep(500);
        }
    }

    /** SIGKILL to the server's JVM and its launch script. */
    void kill() throws Exception {
        Process process = wildfly;
        wildfly = null;
        List<ProcessHandle> all = new ArrayList<>(process.descendants().toList());
        all.add(process.toHandle());
        all.forEach(ProcessHandle::destroyForcibly);
        for (ProcessHandle handle : all) {
            handle.onExit().get(60, TimeUnit.SECONDS);
        }
    }

    @Override
    public void close() throws Exception {
        if (wildfly != null) {
            kill();
        }
    }

    Path home() {
        return server;
    }

    /** The REST API of this server. */
    static String apiUrl() {
        return "http://127.0.0.1:" + (8080 + OFFSET) + "/api/v1/";
    }

    Connection connect() throws Exception {
        return DriverManager.getConnection(url(database), "hpms", "hpms-test");
    }

    long count(String sql) throws Exception {
        try (Connection connection = connect(); Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        }
    }

    String url() {
        return url(database);
    }

    static String url(String database) {
        return System.getProperty("hpms.it.dbUrl").replace("/hpms?", "/" + database + "?");
    }

    static Path keyFile() {
        return Path.of(System.getProperty("hpms.it.dir"), "hpms.keys");
    }

    private static void run(String... command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(300, TimeUnit.SECONDS));
        assertEquals(0, process.exitValue(), String.join(" ", command) + ": " + output);
    }

    static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no " + log + ")";
        }
    }
}
