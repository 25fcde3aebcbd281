package org.hpms.scheduling.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** When to try a failed delivery again: after 2, 4, 8, 16 poll intervals (capped at 6 hours), then give up. */
public record RetryPolicy(Duration pollInterval) {

    public static final int MAX_ATTEMPTS = 5;
    static final Duration LONGEST_WAIT = Duration.ofHours(6);

    /** The next try after {@code attempts} failed ones, or empty when it is time to give up. */
    public Optional<Instant> nextTry(int attempts, Instant failedAt) {
        if (attempts >= MAX_ATTEMPTS) {
            return Optional.empty();
        }
        Duration wait = pollInterval.multipliedBy(1L << Math.min(attempts, 20));
        return Optional.of(failedAt.plus(wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait));
    }
}
