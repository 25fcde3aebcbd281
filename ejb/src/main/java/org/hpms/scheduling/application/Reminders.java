package org.hpms.scheduling.application;

import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hpms.patient.domain.Patient;
import org.hpms.scheduling.domain.Appointment;
import org.hpms.scheduling.domain.Notification;
import org.hpms.scheduling.domain.NotificationChannel;
import org.hpms.scheduling.domain.WaitlistEntry;
import org.hpms.shared.config.HpmsConfiguration;

/**
 * Plans messages to patients as rows in the booking's own transaction; the dispatcher sends them when
 * due. Booking never waits for a mail server or an SMS gateway.
 */
final class Reminders {

    private Reminders() {
    }

    /**
     * A reminder per channel the patient can be reached on (e-mail, phone), due the configured hours
     * before the visit (or now, if later).
     */
    static void planFor(EntityManager em, Appointment appointment, boolean hasEmail, boolean hasPhone, Instant now) {
        Instant due = appointment.getStartsAt().minus(Duration.ofHours(HpmsConfiguration.reminderLeadHours()));
        Instant dueAt = due.isBefore(now) ? now : due;
        for (NotificationChannel channel : channels(hasEmail, hasPhone)) {
            em.persist(Notification.reminder(appointment, channel, dueAt));
        }
    }

    /** Tells a waitlisted patient about the slot offered to them, at once. */
    static void offer(EntityManager em, WaitlistEntry entry, Instant now) {
        for (NotificationChannel channel : channelsOf(entry.getPatient())) {
            em.persist(Notification.offer(entry, channel, now));
        }
    }

    private static List<NotificationChannel> channelsOf(Patient patient) {
        return channels(patient.getEmail() != null, patient.getPhone() != null);
    }

    private static List<NotificationChannel> channels(boolean hasEmail, boolean hasPhone) {
        List<NotificationChannel> channels = new ArrayList<>(2);
        if (hasEmail) {
            channels.add(NotificationChannel.EMAIL);
        }
        if (hasPhone) {
            channels.add(NotificationChannel.SMS);
        }
        return channels;
    }
}
