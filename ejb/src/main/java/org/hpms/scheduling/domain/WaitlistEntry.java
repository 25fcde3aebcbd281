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
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hpms.patient.domain.Patient;
import org.hpms.shared.persistence.AuditedEntity;

/**
 * A patient who wants an earlier appointment of a specialization (with a particular doctor, or any) in a
 * window of time. When a booking in that window is cancelled, the first waiting patient who fits is
 * offered the freed slot; the offer is taken (booked) or declined (waiting again).
 */
@Entity
@Table(name = "waitlist_entry")
@NamedQuery(name = WaitlistEntry.BY_PUBLIC_ID,
        query = "SELECT w FROM WaitlistEntry w JOIN FETCH w.patient WHERE w.publicId = :id")
public class WaitlistEntry extends AuditedEntity {

    /** An entry by the id screens and the API know it by; parameter {@code id}. */
    public static final String BY_PUBLIC_ID = "WaitlistEntry.byPublicId";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "public_id", nullable = false, unique = true, length = 36, updatable = false)
    private String publicId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "patient_id", nullable = false, updatable = false)
    private Patient patient;

    @Column(name = "specialization_code", nullable = false, length = 40, updatable = false)
    private String specialization;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "doctor_id", updatable = false)
    private DoctorProfile doctor;

    @Enumerated(EnumType.STRING)
    @Column(name = "visit_type", nullable = false, length = 16, updatable = false)
    private VisitType visitType;

    @Column(name = "window_from", nullable = false, updatable = false)
    private Instant windowFrom;

    @Column(name = "window_until", nullable = false, updatable = false)
    private Instant windowUntil;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private WaitlistStatus status;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "offered_doctor_id")
    private DoctorProfile offeredDoctor;

    @Column(name = "offered_start")
    private Instant offeredStart;

    @Column(name = "offered_at")
    private Instant offeredAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "appointment_id")
    private Appointment appointment;

    protected WaitlistEntry() {
    }

    public WaitlistEntry(Patient patient, String specialization, DoctorProfile doctor, VisitType visitType, TimeInterval window) {
        this.publicId = UUID.randomUUID().toString();
        this.patient = patient;
        this.specialization = specialization;
        this.doctor = doctor;
        this.visitType = visitType;
        this.windowFrom = window.start();
        this.windowUntil = window.end();
        this.status = WaitlistStatus.WAITING;
    }

    /** True when a freed visit of this doctor and specialization lies inside the patient's window. */
    public boolean fits(DoctorProfile freedDoctor, String freedSpecialization, TimeInterval freed) {
        return status == WaitlistStatus.WAITING && specialization.equals(freedSpecialization)
                && (doctor == null || doctor.getId().equals(freedDoctor.getId()))
                && new TimeInterval(windowFrom, windowUntil).contains(freed);
    }

    public void offer(DoctorProfile offered, Instant start, Instant at) {
        status = WaitlistStatus.OFFERED;
        offeredDoctor = offered;
        offeredStart = start;
        offeredAt = at;
    }

    public void booked(Appointment booked) {
        status = WaitlistStatus.BOOKED;
        appointment = booked;
    }

    /** The offer was declined or could not be kept: waiting again for the next freed slot. */
    public void waitAgain() {
        status = WaitlistStatus.WAITING;
        offeredDoctor = null;
        offeredStart = null;
        offeredAt = null;
    }

    public Long getId() {
        return id;
    }

    public String getPublicId() {
        return publicId;
    }

    public Patient getPatient() {
        return patient;
    }

    public String getSpecialization() {
        return specialization;
    }

    public DoctorProfile getDoctor() {
        return doctor;
    }

    public VisitType getVisitType() {
        return visitType;
    }

    public Instant getWindowFrom() {
        return windowFrom;
    }

    public Instant getWindowUntil() {
        return windowUntil;
    }

    public WaitlistStatus getStatus() {
        return status;
    }

    public DoctorProfile getOfferedDoctor() {
        return offeredDoctor;
    }

    public Instant getOfferedStart() {
        return offeredStart;
    }
}
