package org.hpms.scheduling.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    private final Instant failedAt = Instant.parse("2026-11-25T10:00:00Z");
    private final RetryPolicy everyMinute = new RetryPolicy(Duration.ofMinutes(1));

    @Test
    void waitsTwiceAsLongAfterEachFailure() {
        assertEquals(Optional.of(failedAt.plusSeconds(120)), everyMinute.nextTry(1, failedAt));
        assertEquals(Optional.of(failedAt.plusSeconds(240)), everyMinute.nextTry(2, failedAt));
        assertEquals(Optional.of(failedAt.plusSeconds(960)), everyMinute.nextTry(4, failedAt));
    }

    @Test
    void givesUpAfterTheLastAttempt() {
        assertTrue(everyMinute.nextTry(RetryPolicy.MAX_ATTEMPTS, failedAt).isEmpty());
    }

    @Test
    void neverWaitsLongerThanSixHours() {
        assertEquals(Optional.of(failedAt.plus(Duration.ofHours(6))), new RetryPolicy(Duration.ofHours(1)).nextTry(4, failedAt));
    }

    @Test
    void aFailedNotificationIsPendingForItsRetryThenFailedForGood() {
        Notification notification = Notification.reminder(appointmentOf(), NotificationChannel.EMAIL, failedAt);
        notification.queued(failedAt);
        notification.failed("MailConnectException: Couldn't connect to host", failedAt, everyMinute);
        assertEquals(NotificationStatus.PENDING, notification.getStatus());
        assertEquals(failedAt.plusSeconds(120), notification.getDueAt());
        for (int attempt = 2; attempt <= RetryPolicy.MAX_ATTEMPTS; attempt++) {
            notification.failed("still down", failedAt, everyMinute);
        }
        assertEquals(NotificationStatus.FAILED, notification.getStatus());
        assertEquals(RetryPolicy.MAX_ATTEMPTS, notification.getAttempts());
        assertEquals("still down", notification.getLastError());
    }

    private static Appointment appointmentOf() {
        DoctorProfile doctor = new DoctorProfile("dr.test");
        return new Appointment(null, doctor, new Slot(new TimeInterval(Instant.parse("2026-11-26T10:00:00Z"),
                Instant.parse("2026-11-26T10:20:00Z")), "OPD 1"), VisitType.NEW, "GENERAL_MEDICINE", null, null);
    }
}
