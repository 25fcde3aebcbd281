package org.hpms.scheduling.application;

import java.io.Serializable;
import java.time.Instant;
import org.hpms.scheduling.domain.Notification;
import org.hpms.scheduling.domain.NotificationChannel;
import org.hpms.scheduling.domain.NotificationPurpose;
import org.hpms.scheduling.domain.NotificationStatus;

/** A message to a patient and how its delivery went (the error is the transport's, never the message text). */
public record NotificationView(NotificationPurpose purpose, NotificationChannel channel, NotificationStatus status, int attempts,
                               Instant dueAt, Instant sentAt, String lastError) implements Serializable {

    static NotificationView of(Notification notification) {
        return new NotificationView(notification.getPurpose(), notification.getChannel(), notification.getStatus(),
                notification.getAttempts(), notification.getDueAt(), notification.getSentAt(), notification.getLastError());
    }
}
