package org.hpms.scheduling.application;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import org.hpms.shared.persistence.NativeSql;

/** Hands out queue numbers: 1, 2, 3 ... per department and day, each exactly once, even under concurrent check-ins. */
final class QueueTokens {

    private QueueTokens() {
    }

    /**
     * The next token of the department's queue on {@code day}. One upsert both creates the day's counter
     * and increments it; LAST_INSERT_ID(value) hands the new number back on the same connection.
     */
    static int next(EntityManager em, String department, LocalDate day) {
        NativeSql.onTables(em, "INSERT INTO queue_counter (department, queue_day, last_token) VALUES (?1, ?2, LAST_INSERT_ID(1))"
                        + " ON DUPLICATE KEY UPDATE last_token = LAST_INSERT_ID(last_token + 1)", "queue_counter")
                .setParameter(1, department).setParameter(2, day).executeUpdate();
        return (int) NativeSql.lastInsertId(em, "queue_counter");
    }
}
