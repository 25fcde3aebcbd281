package org.hpms.scheduling.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.hpms.audit.application.AuditTrail;
import org.hpms.audit.domain.AuditAction;
import org.hpms.audit.domain.AuditOutcome;
import org.hpms.scheduling.domain.Appointment;
import org.hpms.scheduling.domain.AppointmentStatus;
import org.hpms.security.Roles;
import org.hpms.shared.config.HpmsConfiguration;

/**
 * Marks booked appointments as no-shows once their start is longer ago than the grace period
 * ({@code HPMS_NO_SHOW_GRACE_MINUTES}, default 30): every five minutes, and on demand for an admin.
 */
@Stateless
@RunAs(Roles.ADMIN)
@RolesAllowed(Roles.ADMIN)
public class NoShowSweeper {

    static final int BATCH = 500;

    @PersistenceContext
    EntityManager em;

    @EJB
    AuditTrail auditTrail;

    @Schedule(minute = "*/5", hour = "*", persistent = false)
    void sweep() {
        markNoShows(Instant.now());
    }

    /** Marks the booked appointments that started before {@code now} minus the grace period; returns how many. */
    public int markNoShows(Instant now) {
        Instant cutOff = now.minus(Duration.ofMinutes(HpmsConfiguration.noShowGraceMinutes()));
        List<Appointment> missed = em.createQuery("SELECT a FROM Appointment a JOIN FETCH a.patient WHERE a.status = :booked"
                        + " AND a.startsAt < :cutOff ORDER BY a.startsAt", Appointment.class)
                .setParameter("booked", AppointmentStatus.BOOKED).setParameter("cutOff", cutOff)
                .setMaxResults(BATCH).getResultList();
        for (Appointment appointment : missed) {
            appointment.moveTo(AppointmentStatus.NO_SHOW, now);
            auditTrail.record(AuditAction.APPOINTMENT_STATUS_CHANGED, appointment.getPatient().getMrn().value(),
                    AuditOutcome.SUCCESS, "NO_SHOW after the grace period");
        }
        return missed.size();
    }
}
