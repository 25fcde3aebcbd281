package org.hpms.lab.application;

import jakarta.persistence.EntityManager;

/** Serials for placer order numbers, from the id_sequence table, in the caller's transaction. */
final class LabOrderNumbers {

    private LabOrderNumbers() {
    }

    static long next(EntityManager em) {
        // LAST_INSERT_ID(expr) hands the new value to this connection without a second locking read.
        em.createNativeQuery("UPDATE id_sequence SET next_value = LAST_INSERT_ID(next_value + 1) WHERE name = 'LAB_ORDER'").executeUpdate();
        return ((Number) em.createNativeQuery("SELECT LAST_INSERT_ID()").getSingleResult()).longValue() - 1;
    }
}
