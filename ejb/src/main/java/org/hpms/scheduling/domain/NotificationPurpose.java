package org.hpms.scheduling.domain;

/** What a message to a patient is about. */
public enum NotificationPurpose {
    APPOINTMENT_REMINDER, WAITLIST_OFFER
}
