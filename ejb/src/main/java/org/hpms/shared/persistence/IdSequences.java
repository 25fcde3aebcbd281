package org.hpms.shared.persistence;

import jakarta.persistence.EntityManager;

/** Numbers handed out from the id_sequence table (MRN serials, placer order numbers), in the caller's transaction. */
public final class IdSequences {

    private static final String TABLE = "id_sequence";

    private IdSequences() {
    }

    /** The next value of the named sequence; the row stays locked until the caller's transaction ends. */
    public static long next(EntityManager em, String name) {
        advance(em, name, 1);
        return NativeSql.lastInsertId(em, TABLE) - 1;
    }

    /**
     * Like {@link #next}, for counters that start on first use (a year's invoice numbers): the first
     * value is 1. The row is created only when the update found none: an INSERT IGNORE of an existing
     * row takes a shared lock, and two callers upgrading theirs to the update's exclusive lock deadlock
     * (found by the payment benchmark with 32 cashiers).
     */
    public static long nextFromOne(EntityManager em, String name) {
        if (advance(em, name, 1) == 0) {
            NativeSql.onTables(em, "INSERT IGNORE INTO id_sequence (name, next_value) VALUES (?1, 1)", TABLE).setParameter(1, name)
                    .executeUpdate();
            advance(em, name, 1);
        }
        return NativeSql.lastInsertId(em, TABLE) - 1;
    }

    /** LAST_INSERT_ID(expr) hands the new value to this connection without a second locking read. */
    private static int advance(EntityManager em, String name, int by) {
        return NativeSql.onTables(em, "UPDATE id_sequence SET next_value = LAST_INSERT_ID(next_value + ?1) WHERE name = ?2", TABLE)
                .setParameter(1, by).setParameter(2, name).executeUpdate();
    }
}
