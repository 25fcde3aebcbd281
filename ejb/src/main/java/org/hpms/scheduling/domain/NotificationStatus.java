package org.hpms.scheduling.domain;

/**
 * Delivery of one message: pending (waiting for its time, or for a retry), queued (handed to the
 * Notifications JMS queue), sent, failed (gave up after {@link RetryPolicy#MAX_ATTEMPTS}) or skipped
 * (no longer relevant: the appointment was cancelled, the offer answered).
 */
public enum NotificationStatus {
    PENDING, QUEUED, SENT, FAILED, SKIPPED
}
