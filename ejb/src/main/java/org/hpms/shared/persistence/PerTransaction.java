package org.hpms.shared.persistence;

import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.function.Supplier;

/**
 * A value worked out once per JTA transaction and kept in it: for reference data that every message of
 * a batch needs (the lab catalogue, price-list names), looked at again by the next transaction.
 */
public final class PerTransaction {

    private PerTransaction() {
    }

    /** The value kept under {@code key} in the current transaction, computed by {@code compute} the first time. */
    public static <T> T get(TransactionSynchronizationRegistry transaction, Object key, Supplier<T> compute) {
        @SuppressWarnings("unchecked")
        T kept = (T) transaction.getResource(key);
        if (kept == null) {
            kept = compute.get();
            transaction.putResource(key, kept);
        }
        return kept;
    }
}
