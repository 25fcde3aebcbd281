package org.hpms.lab.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.Test;

class LabResultConsumerBatchTest {

    /** A queued message: its name, and whether the broker is delivering it again. */
    record Queued(String name, boolean redelivered) {
    }

    private final Deque<Queued> queue = new ArrayDeque<>();

    private List<String> batchOf(Queued delivered, int max) {
        return LabResultConsumer.batchOf(delivered, max, queue::poll, Queued::redelivered).stream().map(Queued::name).toList();
    }

    private void waiting(String... names) {
        for (String name : names) {
            queue.add(new Queued(name, name.startsWith("again")));
        }
    }

    @Test
    void takesWaitingMessagesUpToTheBatchSizeAndLeavesTheRestQueued() {
        waiting("b", "c", "d", "e");

        assertEquals(List.of("a", "b", "c"), batchOf(new Queued("a", false), 3));
        assertEquals(List.of("d", "e"), queue.stream().map(Queued::name).toList());
    }

    @Test
    void stopsWhenNothingMoreIsWaiting() {
        waiting("b");

        assertEquals(List.of("a", "b"), batchOf(new Queued("a", false), 25));
    }

    @Test
    void aRedeliveredMessageIsTakenAloneSoThatAFailingOneFailsNoOther() {
        waiting("b", "c");

        assertEquals(List.of("again-a"), batchOf(new Queued("again-a", true), 25));
        assertEquals(2, queue.size(), "nothing else taken");
    }

    @Test
    void aRedeliveredMessageMetWhileTakingMoreEndsTheBatch() {
        waiting("b", "again-c", "d");

        assertEquals(List.of("a", "b", "again-c"), batchOf(new Queued("a", false), 25));
        assertEquals(List.of("d"), queue.stream().map(Queued::name).toList());
    }

    @Test
    void aBatchSizeOfOneTakesOnlyTheDeliveredMessage() {
        waiting("b");

        assertEquals(List.of("a"), batchOf(new Queued("a", false), 1));
    }
}
