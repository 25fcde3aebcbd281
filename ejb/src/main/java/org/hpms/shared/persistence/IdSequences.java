package org.hpms.shared.persistence;

import jakarta.persistence.EntityManager;

/** Numbers handed out from the id_sequence table (MRN serials, placer order numbers), in the caller's transaction. */
public final class IdSequences {

    private IdSequences() {
    }

    /** The next value of the named sequence; the row stays locked until the caller's transaction ends. */
    public static long next(EntityManager em, String name) {
        // LAST_INSERT_ID(expr) hands the new value to this connection without a second locking read.
        em.createNativeQuery("UPDATE id_sequence SET next_value = LAST_INSERT_ID(next_value + 1) WHERE name = ?1")
                .setParameter(1, name).executeUpdate();
        return ((Number) em.createNativeQuery("SELECT LAST_INSERT_ID()").getSingleResult()).longValue() - 1;
    }

    /**
     * Like {@link #next}, for counters that start on first use (a year's invoice numbers): the first
     * value is 1. The row is created if missing; a concurrent creator waits on its key and then counts on.
     */
    public static long nextFromOne(EntityManager em, String name) {
        em.createNativeQuery("INSERT IGNORE INTO id_sequence (name, next_value) VALUES (?1, 1)").setParameter(1, name).executeUpdate();
        return next(em, name);
    }
}
