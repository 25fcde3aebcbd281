package org.hpms.patient.application;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import org.hpms.patient.domain.PatientsMerged;

/**
 * How a feature's {@link PatientsMerged} observer moves its records: one bulk update per entity
 * (each has a {@code patient} reference and the audit columns), counted in the merge report.
 */
public final class MergedRecords {

    private MergedRecords() {
    }

    public static void move(EntityManager em, PatientsMerged merge, List<String> entityNames, String who) {
        Instant now = Instant.now();
        for (String entity : entityNames) {
            int moved = em.createQuery("UPDATE " + entity + " r SET r.patient = :survivor, r.updatedAt = :now, r.updatedBy = :who,"
                            + " r.version = r.version + 1 WHERE r.patient = :obsolete")
                    .setParameter("survivor", merge.survivor()).setParameter("obsolete", merge.obsolete())
                    .setParameter("now", now).setParameter("who", who)
                    .executeUpdate();
            merge.moved(entity, moved);
        }
    }
}
