package org.hpms.scheduling.domain;

/** How a message reaches a patient: email through the mail session, or SMS through the SMS gateway. */
public enum NotificationChannel {
    EMAIL, SMS
}
