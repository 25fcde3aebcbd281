package org.hpms.scheduling.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.hpms.patient.domain.Patient;
import org.hpms.shared.crypto.PhiStringConverter;
import org.hpms.shared.persistence.AuditedEntity;

/**
 * A booked consultation of a patient with a doctor. While it holds time (not cancelled) the database
 * refuses a second appointment starting at the same instant for the doctor or the patient
 * ({@code holds_from}, a generated column the entity does not map).
 */
@Entity
@Table(name = "appointment")
@NamedQuery(name = Appointment.BY_PUBLIC_ID,
        query = "SELECT a FROM Appointment a JOIN FETCH a.patient JOIN FETCH a.doctor WHERE a.publicId = :id")
public class Appointment extends AuditedEntity {

    /** An appointment by the id screens and the API know it by, with its patient and doctor; parameter {@code id}. */
    public static final String BY_PUBLIC_ID = "Appointment.byPublicId";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "public_id", nullable = false, unique = true, length = 36, updatable = false)
    private String publicId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "patient_id", nullable = false)
    private Patient patient;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "doctor_id", nullable = false)
    private DoctorProfile doctor;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "visit_type", nullable = false, length = 16)
    private VisitType visitType;

    @Column(name = "specialization_code", nullable = false, length = 40)
    private String specialization;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private AppointmentStatus status;

    @Column(name = "room", length = 40)
    private String room;

    @Column(name = "series_id", length = 36, updatable = false)
    private String seriesId;

    @Convert(converter = PhiStringConverter.class)
    @Column(name = "complaint_enc")
    private String complaint;

    @Convert(converter = PhiStringConverter.class)
    @Column(name = "cancel_reason_enc")
    private String cancelReason;

    @Column(name = "cancelled_at")
    private Instant cancelledAt;

    @Column(name = "cancelled_by", length = 64)
    private String cancelledBy;

    @Column(name = "checked_in_at")
    private Instant checkedInAt;

    @Column(name = "completed_at")
    private Instant completedAt;

    @Column(name = "walk_in", nullable = false, updatable = false)
    private boolean walkIn;

    @Column(name = "queue_department", length = 60)
    private String queueDepartment;

    @Column(name = "queue_day")
    private LocalDate queueDay;

    @Column(name = "token_no")
    private Integer token;

    protected Appointment() {
    }

    public Appointment(Patient patient, DoctorProfile doctor, Slot slot, VisitType visitType, String specialization,
                       String complaint, String seriesId) {
        this.publicId = UUID.randomUUID().toString();
        this.patient = patient;
        this.doctor = doctor;
        this.startsAt = slot.interval().start();
        this.endsAt = slot.interval().end();
        this.room = slot.room();
        this.visitType = visitType;
        this.specialization = specialization;
        this.complaint = complaint == null || complaint.isBlank() ? null : complaint.strip();
        this.seriesId = seriesId;
        this.status = AppointmentStatus.BOOKED;
    }

    /**
     * A patient who came without an appointment: arrived at once, queued with {@code token}, taking the
     * doctor's time from now for the visit's length.
     */
    public static Appointment walkIn(Patient patient, DoctorProfile doctor, Slot slot, VisitType visitType, String specialization,
                                     String complaint, LocalDate day, int token) {
        Appointment appointment = new Appointment(patient, doctor, slot, visitType, specialization, complaint, null);
        appointment.walkIn = true;
        appointment.status = AppointmentStatus.CHECKED_IN;
        appointment.checkedInAt = slot.interval().start();
        appointment.queue(day, token);
        return appointment;
    }

    /** Puts the patient in the queue of the doctor's department on {@code day}, holding {@code token}. */
    public void queue(LocalDate day, int token) {
        this.queueDepartment = doctor.getDepartment();
        this.queueDay = day;
        this.token = token;
    }

    /** Moves the appointment on in its day; refuses what the status rules do not allow. */
    public void moveTo(AppointmentStatus target, Instant at) {
        if (!status.canMoveTo(target)) {
            throw new IllegalStateException(status + " cannot become " + target);
        }
        status = target;
        if (target == AppointmentStatus.CHECKED_IN) {
            checkedInAt = at;
        } else if (target == AppointmentStatus.COMPLETED) {
            completedAt = at;
        }
    }

    public void cancel(String who, String reason, Instant at) {
        moveTo(AppointmentStatus.CANCELLED, at);
        cancelledBy = who;
        cancelReason = reason;
        cancelledAt = at;
    }

    public TimeInterval interval() {
        return new TimeInterval(startsAt, endsAt);
    }

    public String getPublicId() {
        return publicId;
    }

    public Patient getPatient() {
        return patient;
    }

    public DoctorProfile getDoctor() {
        return doctor;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public Instant getEndsAt() {
        return endsAt;
    }

    public VisitType getVisitType() {
        return visitType;
    }

    public String getSpecialization() {
        return specialization;
    }

    public AppointmentStatus getStatus() {
        return status;
    }

    public String getRoom() {
        return room;
    }

    public String getSeriesId() {
        return seriesId;
    }

    public String getComplaint() {
        return complaint;
    }

    public boolean isWalkIn() {
        return walkIn;
    }

    public Integer getToken() {
        return token;
    }

    public String getCancelReason() {
        return cancelReason;
    }
}
