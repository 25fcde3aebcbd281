package org.hpms.lab.application;

import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hpms.lab.domain.LabTest;
import org.hpms.lab.domain.LabTestLimits;
import org.hpms.shared.persistence.PerTransaction;

/**
 * The catalogue's units and ranges by LOINC and by our code, kept between messages: every result
 * needs them, and they change a few times a year. Each use first reads a fingerprint of the tests
 * (count, ids, versions, last change) in one aggregate query, so a change is seen by the very next
 * transaction and there is nothing to invalidate; only when it differs is the catalogue read again.
 * Within one transaction (a batch of messages) the catalogue is looked at once.
 */
final class LabCatalogueCache {

    private record Snapshot(List<Object> fingerprint, Map<String, LabTestLimits> byCode) {
    }

    private static volatile Snapshot current;

    private LabCatalogueCache() {
    }

    static Map<String, LabTestLimits> limitsByCode(EntityManager em, TransactionSynchronizationRegistry transaction) {
        return PerTransaction.get(transaction, LabCatalogueCache.class, () -> limitsByCode(em));
    }

    private static Map<String, LabTestLimits> limitsByCode(EntityManager em) {
        List<Object> fingerprint = Arrays.asList(em.createNamedQuery(LabTest.FINGERPRINT, Object[].class).getSingleResult());
        Snapshot snapshot = current;
        if (snapshot != null && snapshot.fingerprint().equals(fingerprint)) {
            return snapshot.byCode();
        }
        Map<String, LabTestLimits> byCode = new HashMap<>();
        for (LabTest test : em.createNamedQuery(LabTest.WITH_RANGES, LabTest.class).getResultList()) {
            LabTestLimits limits = test.limits();
            byCode.put(test.getLoincCode(), limits);
            byCode.put(test.getCode(), limits);
        }
        current = new Snapshot(fingerprint, Map.copyOf(byCode));
        return current.byCode();
    }
}
