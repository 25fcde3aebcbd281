package org.hpms.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The database server's own counters (statements, XA commits, lock waits), read before and after a measured series. */
final class DatabaseCounters {

    static final List<String> NAMES = List.of("Questions", "Com_select", "Com_insert", "Com_update", "Com_xa_commit", "Innodb_row_lock_waits");

    private DatabaseCounters() {
    }

    static Map<String, Long> read(Connection connection) throws Exception {
        Map<String, Long> values = new LinkedHashMap<>();
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery("SHOW GLOBAL STATUS")) {
            while (rows.next()) {
                for (String name : NAMES) {
                    if (name.equalsIgnoreCase(rows.getString(1))) {
                        values.put(name, rows.getLong(2));
                    }
                }
            }
        }
        return values;
    }

    static Map<String, Long> delta(Map<String, Long> before, Map<String, Long> after) {
        Map<String, Long> delta = new LinkedHashMap<>();
        NAMES.forEach(name -> delta.put(name, after.getOrDefault(name, 0L) - before.getOrDefault(name, 0L)));
        return delta;
    }
}
