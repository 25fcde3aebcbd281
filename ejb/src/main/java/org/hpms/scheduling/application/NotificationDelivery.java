package org.hpms.scheduling.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.logging.Logger;
import org.hpms.audit.application.AuditTrail;
import org.hpms.audit.domain.AuditAction;
import org.hpms.audit.domain.AuditOutcome;
import org.hpms.patient.domain.Patient;
import org.hpms.scheduling.domain.Appointment;
import org.hpms.scheduling.domain.AppointmentStatus;
import org.hpms.scheduling.domain.Notification;
import org.hpms.scheduling.domain.NotificationChannel;
import org.hpms.scheduling.domain.NotificationPurpose;
import org.hpms.scheduling.domain.NotificationStatus;
import org.hpms.scheduling.domain.RetryPolicy;
import org.hpms.scheduling.domain.Specialization;
import org.hpms.scheduling.domain.WaitlistEntry;
import org.hpms.scheduling.domain.WaitlistStatus;
import org.hpms.scheduling.infrastructure.MailChannel;
import org.hpms.scheduling.infrastructure.SmsGateway;
import org.hpms.security.Roles;
import org.hpms.shared.config.HpmsConfiguration;
import org.hpms.staff.application.StaffDirectory;

/**
 * Delivers one queued notification: skips it when it no longer matters (appointment cancelled, offer
 * answered, no address on record), else sends it by email or SMS and records the outcome. A failure is
 * recorded and retried later by the dispatcher, never thrown back at the queue.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class NotificationDelivery {

    private static final Logger LOG = Logger.getLogger(NotificationDelivery.class.getName());
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'at' HH:mm", Locale.ENGLISH);

    @PersistenceContext
    EntityManager em;

    @Inject
    MailChannel mail;

    @Inject
    SmsGateway sms;

    @EJB
    StaffDirectory staff;

    @EJB
    AuditTrail auditTrail;

    public void deliver(long notificationId) {
        Notification notification = em.find(Notification.class, notificationId, LockModeType.PESSIMISTIC_WRITE);
        if (notification == null || notification.getStatus() != NotificationStatus.QUEUED) {
            LOG.warning(() -> "Notification " + notificationId + " is not waiting for delivery; message ignored");
            return;
        }
        Patient patient = notification.getPatient();
        String address = notification.getChannel() == NotificationChannel.EMAIL ? patient.getEmail() : patient.getPhone();
        String obsolete = whyObsolete(notification);
        if (obsolete != null || address == null) {
            notification.skipped(obsolete != null ? obsolete : "no " + notification.getChannel().name().toLowerCase(Locale.ROOT)
                    + " on the patient's record");
            return;
        }
        Instant now = Instant.now();
        try {
            String text = text(notification);
            if (notification.getChannel() == NotificationChannel.EMAIL) {
                mail.send(address, subject(notification), text);
            } else {
                sms.send(address, text, "notification-" + notificationId);
            }
            notification.sent(now);
            auditTrail.record(AuditAction.PATIENT_NOTIFIED, patient.getMrn().value(), AuditOutcome.SUCCESS,
                    notification.getPurpose() + " by " + notification.getChannel());
        } catch (Exception e) {
            String error = withoutAddresses(e.getClass().getSimpleName() + ": " + e.getMessage());
            notification.failed(error, now, new RetryPolicy(Duration.ofSeconds(HpmsConfiguration.notificationPollSeconds())));
            LOG.warning(() -> "Notification " + notificationId + " by " + notification.getChannel() + " failed (attempt "
                    + notification.getAttempts() + ", now " + notification.getStatus() + "): " + error);
        }
    }

    private static String whyObsolete(Notification notification) {
        if (notification.getPurpose() == NotificationPurpose.APPOINTMENT_REMINDER) {
            AppointmentStatus status = notification.getAppointment().getStatus();
            return status == AppointmentStatus.BOOKED ? null : "appointment is " + status.getLabel().toLowerCase(Locale.ROOT);
        }
        WaitlistStatus status = notification.getWaitlistEntry().getStatus();
        return status == WaitlistStatus.OFFERED ? null : "offer is no longer open";
    }

    private String subject(Notification notification) {
        return notification.getPurpose() == NotificationPurpose.APPOINTMENT_REMINDER
                ? "Reminder: your appointment" : "An earlier appointment is free for you";
    }

    private String text(Notification notification) {
        ZoneId zone = HpmsConfiguration.hospitalZone();
        String greeting = "Dear " + notification.getPatient().getGivenName() + ",\n\n";
        if (notification.getPurpose() == NotificationPurpose.APPOINTMENT_REMINDER) {
            Appointment appointment = notification.getAppointment();
            return greeting + "this is a reminder of your appointment with " + staff.nameOf(appointment.getDoctor().getUsername())
                    + " (" + specializationName(appointment.getSpecialization()) + ") on "
                    + WHEN.format(appointment.getStartsAt().atZone(zone))
                    + (appointment.getRoom() == null ? "" : ", room " + appointment.getRoom()) + ".\n"
                    + "If you cannot come, please tell us so that another patient can have the time.\n";
        }
        WaitlistEntry entry = notification.getWaitlistEntry();
        return greeting + "an appointment with " + staff.nameOf(entry.getOfferedDoctor().getUsername()) + " ("
                + specializationName(entry.getSpecialization()) + ") on " + WHEN.format(entry.getOfferedStart().atZone(zone))
                + " has become free. Please call the reception desk to take it.\n";
    }

    private String specializationName(String code) {
        Specialization specialization = em.find(Specialization.class, code);
        return specialization == null ? code : specialization.getName().toLowerCase(Locale.ROOT);
    }

    /** Transport errors can quote the recipient; keep addresses and numbers out of the record and the log. */
    static String withoutAddresses(String error) {
        return String.valueOf(error).replaceAll("[^\\s<>\"';,]+@[^\\s<>\"';,]+", "<address>").replaceAll("\\+?\\d[\\d ()/-]{5,}\\d", "<number>");
    }
}
