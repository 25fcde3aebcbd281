package org.hpms.scheduling.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.hpms.audit.application.AuditTrail;
import org.hpms.audit.domain.AuditAction;
import org.hpms.audit.domain.AuditOutcome;
import org.hpms.patient.application.PatientLookup;
import org.hpms.patient.domain.InvalidPatientDataException;
import org.hpms.patient.domain.Patient;
import org.hpms.scheduling.domain.Appointment;
import org.hpms.scheduling.domain.AppointmentCancelled;
import org.hpms.scheduling.domain.DoctorProfile;
import org.hpms.scheduling.domain.NotificationStatus;
import org.hpms.scheduling.domain.Specialization;
import org.hpms.scheduling.domain.TimeInterval;
import org.hpms.scheduling.domain.VisitType;
import org.hpms.scheduling.domain.WaitlistEntry;
import org.hpms.scheduling.domain.WaitlistStatus;
import org.hpms.security.Roles;

/**
 * The waitlist: patients who want an earlier slot. A cancellation offers the freed slot to the first
 * waiting patient (oldest entry first) whose specialization, doctor and window fit, and tells them; the
 * reception desk books the offer when the patient takes it, or passes it on when they decline.
 */
@Stateless
@RolesAllowed({Roles.RECEPTIONIST, Roles.ADMIN, Roles.DOCTOR, Roles.NURSE})
public class WaitlistService {

    static final int MAX_WINDOW_DAYS = 90;

    @PersistenceContext
    EntityManager em;

    @EJB
    BookingService booking;

    @EJB
    AuditTrail auditTrail;

    public WaitlistView join(WaitlistRequest request) {
        Patient patient = PatientLookup.current(em, request == null ? null : request.mrn());
        Map<String, String> problems = new TreeMap<>();
        Specialization specialization = request.specialization() == null ? null : em.find(Specialization.class, request.specialization());
        if (specialization == null || specialization.isRetired()) {
            problems.put("specialization", "Choose a specialization of this hospital");
        }
        DoctorProfile doctor = null;
        if (request.doctor() != null && !request.doctor().isBlank()) {
            doctor = em.createNamedQuery(DoctorProfile.BY_USERNAME, DoctorProfile.class).setParameter("username", request.doctor().strip())
                    .getResultStream().findFirst().orElse(null);
            if (doctor == null || specialization != null && !doctor.getSpecializations().contains(specialization.getCode())) {
                problems.put("doctor", "No doctor of this specialization is called " + request.doctor().strip());
            }
        }
        Instant now = Instant.now();
        if (request.windowFrom() == null || request.windowUntil() == null || !request.windowUntil().isAfter(request.windowFrom())
                || !request.windowUntil().isAfter(now)) {
            problems.put("windowUntil", "Give a time window that ends after it starts and has not passed");
        } else if (Duration.between(request.windowFrom(), request.windowUntil()).toDays() > MAX_WINDOW_DAYS) {
            problems.put("windowUntil", "A waitlist window is at most " + MAX_WINDOW_DAYS + " days");
        }
        if (!problems.isEmpty()) {
            auditTrail.record(AuditAction.WAITLIST_JOINED, patient.getMrn().value(), AuditOutcome.REJECTED,
                    "invalid fields: " + String.join(",", problems.keySet()));
            throw new InvalidPatientDataException(problems);
        }
        WaitlistEntry entry = new WaitlistEntry(patient, specialization.getCode(), doctor,
                request.visitType() == null ? VisitType.NEW : request.visitType(),
                new TimeInterval(request.windowFrom().isBefore(now) ? now : request.windowFrom(), request.windowUntil()));
        em.persist(entry);
        auditTrail.record(AuditAction.WAITLIST_JOINED, patient.getMrn().value(), AuditOutcome.SUCCESS, specialization.getCode());
        return WaitlistView.of(entry);
    }

    /** Entries still open (waiting or holding an offer), oldest first. */
    public List<WaitlistView> open() {
        return em.createQuery("SELECT w FROM WaitlistEntry w JOIN FETCH w.patient LEFT JOIN FETCH w.doctor LEFT JOIN FETCH w.offeredDoctor"
                        + " WHERE w.status IN :open ORDER BY w.id", WaitlistEntry.class)
                .setParameter("open", List.of(WaitlistStatus.WAITING, WaitlistStatus.OFFERED))
                .getResultStream().map(WaitlistView::of).toList();
    }

    /** Offers the freed time to the first waiting patient who fits; runs inside the cancelling transaction. */
    public void offerFreedSlot(@Observes AppointmentCancelled freed) {
        DoctorProfile doctor = em.createNamedQuery(DoctorProfile.BY_USERNAME, DoctorProfile.class)
                .setParameter("username", freed.doctor()).getSingleResult();
        offerToFirstFitting(doctor, freed.specialization(), freed.freed(), freed.mrn());
    }

    /** The patient takes the offered slot: it is booked (with every check of a booking), or refused with the reason. */
    public AppointmentView accept(String entryId) {
        WaitlistEntry entry = offered(entryId);
        AppointmentView booked = booking.book(new BookingRequest(entry.getPatient().getMrn().value(), entry.getOfferedDoctor().getUsername(),
                entry.getOfferedStart(), entry.getVisitType(), entry.getSpecialization(), null));
        entry.booked(em.createNamedQuery(Appointment.BY_PUBLIC_ID, Appointment.class).setParameter("id", booked.id()).getSingleResult());
        auditTrail.record(AuditAction.WAITLIST_OFFER_ANSWERED, entry.getPatient().getMrn().value(), AuditOutcome.SUCCESS, "accepted");
        return booked;
    }

    /** The patient does not want the offered slot: they wait on, and the slot goes to the next who fits. */
    public Optional<WaitlistView> decline(String entryId) {
        WaitlistEntry entry = offered(entryId);
        DoctorProfile doctor = entry.getOfferedDoctor();
        TimeInterval slot = new TimeInterval(entry.getOfferedStart(),
                entry.getOfferedStart().plus(Duration.ofMinutes(doctor.minutesFor(entry.getVisitType()))));
        entry.waitAgain();
        em.createQuery("UPDATE Notification n SET n.status = :skipped, n.lastError = 'offer declined'"
                        + " WHERE n.waitlistEntry = :entry AND n.status = :pending")
                .setParameter("skipped", NotificationStatus.SKIPPED).setParameter("pending", NotificationStatus.PENDING)
                .setParameter("entry", entry).executeUpdate();
        auditTrail.record(AuditAction.WAITLIST_OFFER_ANSWERED, entry.getPatient().getMrn().value(), AuditOutcome.SUCCESS, "declined");
        return offerToFirstFitting(doctor, entry.getSpecialization(), slot, entry.getPatient().getMrn().value());
    }

    /** Offers the freed time to the oldest waiting entry that fits, other than the patient who freed or declined it. */
    private Optional<WaitlistView> offerToFirstFitting(DoctorProfile doctor, String specialization, TimeInterval freed,
                                                        String freedByMrn) {
        Instant now = Instant.now();
        if (!freed.start().isAfter(now)) {
            return Optional.empty(); // time that has passed is nobody's to take
        }
        List<WaitlistEntry> waiting = em.createQuery("SELECT w FROM WaitlistEntry w JOIN FETCH w.patient WHERE w.status = :waiting"
                        + " AND w.specialization = :specialization AND w.windowFrom <= :start AND w.windowUntil >= :end ORDER BY w.id",
                        WaitlistEntry.class)
                .setParameter("waiting", WaitlistStatus.WAITING).setParameter("specialization", specialization)
                .setParameter("start", freed.start()).setParameter("end", freed.end()).getResultList();
        for (WaitlistEntry entry : waiting) {
            if (entry.getPatient().getMrn().value().equals(freedByMrn) || !entry.fits(doctor, specialization, freed)) {
                continue;
            }
            entry.offer(doctor, freed.start(), now);
            Reminders.offer(em, entry, now);
            return Optional.of(WaitlistView.of(entry));
        }
        return Optional.empty();
    }

    private WaitlistEntry offered(String entryId) {
        WaitlistEntry entry = em.createNamedQuery(WaitlistEntry.BY_PUBLIC_ID, WaitlistEntry.class)
                .setParameter("id", entryId == null ? "" : entryId).getResultStream().findFirst()
                .orElseThrow(() -> new InvalidPatientDataException(Map.of("entry", "No such waitlist entry")));
        if (entry.getStatus() != WaitlistStatus.OFFERED) {
            throw new InvalidPatientDataException(Map.of("entry", "This patient holds no offer to answer"));
        }
        return entry;
    }
}
