package org.hpms.scheduling.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AvailabilityBoardClaimTest {

    /** Just enough of a transaction to hold its synchronizations and complete them. */
    private static final class Transaction implements TransactionSynchronizationRegistry {
        final List<Synchronization> synchronizations = new ArrayList<>();
        boolean active = true;

        void complete(int status) {
            synchronizations.forEach(Synchronization::beforeCompletion);
            synchronizations.forEach(s -> s.afterCompletion(status));
        }

        @Override
        public void registerInterposedSynchronization(Synchronization sync) {
            if (!active) {
                throw new IllegalStateException("no transaction");
            }
            synchronizations.add(sync);
        }

        @Override
        public Object getTransactionKey() {
            return this;
        }

        @Override
        public void putResource(Object key, Object value) {
        }

        @Override
        public Object getResource(Object key) {
            return null;
        }

        @Override
        public int getTransactionStatus() {
            return active ? Status.STATUS_ACTIVE : Status.STATUS_NO_TRANSACTION;
        }

        @Override
        public void setRollbackOnly() {
        }

        @Override
        public boolean getRollbackOnly() {
            return false;
        }
    }

    @Test
    void aClaimHoldsOtherClientsOffTheDoctorUntilItsTransactionCompletesWhateverTheOutcome() {
        Transaction first = new Transaction();
        Transaction second = new Transaction();
        assertTrue(AvailabilityBoard.claimUntilCompletion(first, "claim.dr1"));
        assertFalse(AvailabilityBoard.claimUntilCompletion(second, "claim.dr1"), "claimed by the first transaction");
        assertTrue(AvailabilityBoard.claimUntilCompletion(second, "claim.dr2"), "another doctor is free to claim");
        assertEquals(1, first.synchronizations.size());

        first.complete(Status.STATUS_COMMITTED);
        assertTrue(AvailabilityBoard.claimUntilCompletion(second, "claim.dr1"), "free again once the first committed");

        second.complete(Status.STATUS_ROLLEDBACK);
        Transaction third = new Transaction();
        assertTrue(AvailabilityBoard.claimUntilCompletion(third, "claim.dr1"), "a rolled-back transaction frees its claims too");
        assertTrue(AvailabilityBoard.claimUntilCompletion(third, "claim.dr2"));
        third.complete(Status.STATUS_COMMITTED);
    }

    @Test
    void withoutATransactionNothingIsClaimed() {
        Transaction none = new Transaction();
        none.active = false;
        assertThrows(IllegalStateException.class, () -> AvailabilityBoard.claimUntilCompletion(none, "claim.dr3"));
        Transaction later = new Transaction();
        assertTrue(AvailabilityBoard.claimUntilCompletion(later, "claim.dr3"), "the failed claim left nothing behind");
        later.complete(Status.STATUS_COMMITTED);
    }
}
