package org.hpms.scheduling.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hpms.patient.domain.Patient;
import org.hpms.shared.persistence.AuditedEntity;
import org.hpms.shared.persistence.Columns;

/**
 * One message to a patient on one channel, and how its delivery went. The address is not stored here:
 * it is read from the patient's record when the message is sent, so a corrected phone number counts.
 */
@Entity
@Table(name = "notification")
public class Notification extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "patient_id", nullable = false, updatable = false)
    private Patient patient;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "appointment_id", updatable = false)
    private Appointment appointment;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "waitlist_entry_id", updatable = false)
    private WaitlistEntry waitlistEntry;

    @Enumerated(EnumType.STRING)
    @Column(name = "purpose", nullable = false, length = 20, updatable = false)
    private NotificationPurpose purpose;

    @Enumerated(EnumType.STRING)
    @Column(name = "channel", nullable = false, length = 8, updatable = false)
    private NotificationChannel channel;

    @Column(name = "due_at", nullable = false)
    private Instant dueAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 10)
    private NotificationStatus status;

    @Column(name = "attempts", nullable = false)
    private int attempts;

    @Column(name = "last_error", length = 300)
    private String lastError;

    @Column(name = "sent_at")
    private Instant sentAt;

    protected Notification() {
    }

    private Notification(Patient patient, Appointment appointment, WaitlistEntry waitlistEntry, NotificationPurpose purpose,
                         NotificationChannel channel, Instant dueAt) {
        this.patient = patient;
        this.appointment = appointment;
        this.waitlistEntry = waitlistEntry;
        this.purpose = purpose;
        this.channel = channel;
        this.dueAt = dueAt;
        this.status = NotificationStatus.PENDING;
    }

    public static Notification reminder(Appointment appointment, NotificationChannel channel, Instant dueAt) {
        return new Notification(appointment.getPatient(), appointment, null, NotificationPurpose.APPOINTMENT_REMINDER, channel, dueAt);
    }

    public static Notification offer(WaitlistEntry entry, NotificationChannel channel, Instant dueAt) {
        return new Notification(entry.getPatient(), null, entry, NotificationPurpose.WAITLIST_OFFER, channel, dueAt);
    }

    /** Handed to the queue; queued again when its message was lost (then it is due again now, which also marks the row changed). */
    public void queued(Instant at) {
        if (status == NotificationStatus.QUEUED) {
            dueAt = at;
        }
        status = NotificationStatus.QUEUED;
    }

    public void sent(Instant at) {
        attempts++;
        status = NotificationStatus.SENT;
        sentAt = at;
        lastError = null;
    }

    public void skipped(String why) {
        status = NotificationStatus.SKIPPED;
        lastError = why;
    }

    /** Records a failed try: pending again for the policy's next try, or failed for good. */
    public void failed(String error, Instant at, RetryPolicy retries) {
        attempts++;
        lastError = error == null ? "unknown error" : Columns.clip(error, 300);
        retries.nextTry(attempts, at).ifPresentOrElse(next -> {
            status = NotificationStatus.PENDING;
            dueAt = next;
        }, () -> status = NotificationStatus.FAILED);
    }

    public Long getId() {
        return id;
    }

    public Patient getPatient() {
        return patient;
    }

    public Appointment getAppointment() {
        return appointment;
    }

    public WaitlistEntry getWaitlistEntry() {
        return waitlistEntry;
    }

    public NotificationPurpose getPurpose() {
        return purpose;
    }

    public NotificationChannel getChannel() {
        return channel;
    }

    public Instant getDueAt() {
        return dueAt;
    }

    public NotificationStatus getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public String getLastError() {
        return lastError;
    }

    public Instant getSentAt() {
        return sentAt;
    }
}
