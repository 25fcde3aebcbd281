package org.hpms.it.support;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/** What tests read straight from the database, to assert what was stored (not what a service says it stored). */
public final class Sql {

    private Sql() {
    }

    /** The first column of every row, as text (NULL as null). */
    public static List<String> column(DataSource dataSource, String sql, Object... parameters) throws Exception {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            List<String> values = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    values.add(rows.getString(1));
                }
            }
            return values;
        }
    }

    /**
     * Reserves {@code count} ids of an id_sequence row, for rows a test writes by SQL into a table whose
     * entity takes its ids in blocks of 1000 from that row (lab_message, lab_report, billing_charge), and
     * returns the first. The ids keep clear of the blocks the application took before and takes after.
     */
    public static long reserveIds(Connection connection, String sequence, long count) throws SQLException {
        int block = 1000;
        try (PreparedStatement advance = connection.prepareStatement(
                "UPDATE id_sequence SET next_value = LAST_INSERT_ID(next_value + ?) WHERE name = ?")) {
            advance.setLong(1, count + 2 * block);
            advance.setString(2, sequence);
            if (advance.executeUpdate() != 1) {
                throw new IllegalStateException("No id_sequence row " + sequence);
            }
        }
        try (Statement statement = connection.createStatement(); ResultSet advanced = statement.executeQuery("SELECT LAST_INSERT_ID()")) {
            advanced.next();
            return advanced.getLong(1) - count - block;
        }
    }
}
