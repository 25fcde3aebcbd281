package org.hpms.billing.application;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import org.hpms.billing.domain.DocumentNumbers;
import org.hpms.shared.config.HpmsConfiguration;
import org.hpms.shared.persistence.IdSequences;

/** Hands out invoice, credit-note and receipt numbers in the caller's transaction, so a rollback leaves no gap. */
final class DocumentNumbering {

    private DocumentNumbering() {
    }

    /** The next number of the prefix's series for the year of {@code now} in the hospital's zone. */
    static String next(EntityManager em, String prefix, Instant now) {
        int year = now.atZone(HpmsConfiguration.hospitalZone()).getYear();
        return DocumentNumbers.format(prefix, year, IdSequences.nextFromOne(em, DocumentNumbers.sequence(prefix, year)));
    }
}
