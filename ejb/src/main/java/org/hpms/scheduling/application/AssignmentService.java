package org.hpms.scheduling.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.hpms.patient.application.PatientLookup;
import org.hpms.patient.domain.InvalidPatientDataException;
import org.hpms.scheduling.domain.Appointment;
import org.hpms.scheduling.domain.AppointmentStatus;
import org.hpms.scheduling.domain.Proposal;
import org.hpms.scheduling.domain.SlotTakenException;
import org.hpms.security.Roles;

/**
 * Automated doctor assignment: finds the doctors who can see the patient (specialization, working and
 * not on leave, a free slot in the window with capacity left that day, language if asked), ranks them
 * by the policy and says why, and can book the best proposal in one step.
 */
@Stateless
@RolesAllowed({Roles.RECEPTIONIST, Roles.ADMIN, Roles.DOCTOR, Roles.NURSE})
public class AssignmentService {

    static final int ROUNDS = 3;

    @PersistenceContext
    EntityManager em;

    @EJB
    BookingService booking;

    public Assignment propose(AssignmentRequest request) {
        return Proposer.propose(em, request, PatientLookup.currentId(em, request.mrn()));
    }

    /**
     * Proposes and books the best proposal in one step. Under load many clients see the same best doctor:
     * each round ({@link BookingService#bookBestProposal}, a transaction of its own) passes over a doctor
     * somebody on this server is booking right now (or whose row another server's booking holds) and a slot
     * taken meanwhile, and books the next proposal; when every proposal of a round was busy or taken, fresh
     * proposals are made (up to {@value #ROUNDS} rounds), and the last round waits for the doctor instead
     * of passing over. Not transactional itself.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public AppointmentView assignAndBook(AssignmentRequest request) {
        for (int round = 1; round < ROUNDS; round++) {
            try {
                Optional<AppointmentView> booked = booking.bookBestProposal(request);
                if (booked.isPresent()) {
                    return booked.get();
                }
            } catch (SlotTakenException taken) {
                // the database refused a booking the checks let through (a writer that skipped the locks): propose afresh
            }
        }
        Assignment assignment = propose(request);
        if (assignment.proposals().isEmpty()) {
            throw Proposer.nobodyCanSee(em, assignment);
        }
        for (Proposal proposal : assignment.proposals()) {
            try {
                return booking.book(assignment.bookingFor(request, proposal));
            } catch (SlotTakenException taken) {
                AvailabilityBoard.doubt(proposal.doctor());
            }
        }
        throw new SlotTakenException();
    }

    /**
     * Alternatives for an appointment its doctor can no longer keep (leave): the same specialization and
     * visit type, from the booked time to a week later, ranked by the hospital's policy.
     */
    public Assignment alternativesFor(String appointmentId) {
        Appointment appointment = booked(appointmentId);
        return propose(alternativeRequest(appointment));
    }

    /** Moves the appointment to the best alternative (another doctor, or the same one after the leave) in one step. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public AppointmentView reassign(String appointmentId) {
        Appointment appointment = booked(appointmentId);
        Assignment alternatives = propose(alternativeRequest(appointment));
        for (Proposal proposal : alternatives.proposals()) {
            try {
                return booking.reschedule(appointmentId, proposal.slot().interval().start(), proposal.doctor());
            } catch (SlotTakenException taken) {
                // taken meanwhile: try the next alternative
            }
        }
        throw new InvalidPatientDataException(Map.of("doctor", "No other doctor can take this appointment within a week: "
                + String.join("; ", alternatives.exclusions())));
    }

    private Appointment booked(String appointmentId) {
        Appointment appointment = BookingService.find(em, appointmentId);
        if (appointment.getStatus() != AppointmentStatus.BOOKED) {
            throw new InvalidPatientDataException(Map.of("appointment", "Only a booked appointment can be reassigned"));
        }
        return appointment;
    }

    private static AssignmentRequest alternativeRequest(Appointment appointment) {
        return new AssignmentRequest(appointment.getPatient().getMrn().value(), appointment.getSpecialization(), null,
                appointment.getVisitType(), appointment.getStartsAt(), appointment.getStartsAt().plus(Duration.ofDays(7)), null,
                null, null);
    }
}
