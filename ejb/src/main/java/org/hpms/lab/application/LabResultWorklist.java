package org.hpms.lab.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Map;
import org.hpms.audit.application.AuditTrail;
import org.hpms.audit.domain.AuditAction;
import org.hpms.audit.domain.AuditOutcome;
import org.hpms.lab.domain.LabMessage;
import org.hpms.lab.domain.LabMessageStatus;
import org.hpms.lab.domain.LabObservation;
import org.hpms.lab.domain.LabObservationEntry;
import org.hpms.lab.domain.LabOrderResult;
import org.hpms.lab.domain.LabResultMessage;
import org.hpms.lab.infrastructure.Hl7v2ResultReader;
import org.hpms.patient.application.PatientLookup;
import org.hpms.patient.domain.InvalidPatientDataException;
import org.hpms.patient.domain.Patient;
import org.hpms.security.Roles;

/**
 * What a lab technician does with a result that named no patient of ours: link it to the right
 * patient (its observations are then stored on that record, as if it had matched) or reject it
 * with a reason. Either way the message stays, with who decided.
 */
@Stateless
@RolesAllowed({Roles.LAB_TECH, Roles.ADMIN})
public class LabResultWorklist {

    private static final Hl7v2ResultReader READER = new Hl7v2ResultReader();

    @PersistenceContext
    EntityManager em;

    @EJB
    AuditTrail auditTrail;

    @Resource
    SessionContext session;

    public void link(long messageId, String mrn) {
        LabMessage message = unmatched(messageId);
        Patient patient = PatientLookup.current(em, mrn == null ? null : mrn.strip());
        LabResultMessage result = READER.read(message.getRaw()); // it was read once: it reads again
        message.linkTo(patient, session.getCallerPrincipal().getName());
        for (LabOrderResult order : result.orders()) {
            for (LabObservation observation : order.observations()) {
                em.persist(new LabObservationEntry(message, patient, order, observation));
            }
        }
        auditTrail.record(AuditAction.LAB_RESULT_LINKED, patient.getMrn().value(), AuditOutcome.SUCCESS,
                result.observationCount() + " observations, control id " + result.controlId());
    }

    public void reject(long messageId, String reason) {
        if (reason == null || reason.strip().length() < 5) {
            throw new InvalidPatientDataException(Map.of("reason", "Say why the result is rejected (at least 5 characters)"));
        }
        LabMessage message = unmatched(messageId);
        message.reject(reason.strip(), session.getCallerPrincipal().getName());
        auditTrail.record(AuditAction.LAB_RESULT_REJECTED, null, AuditOutcome.SUCCESS, "control id " + message.getSentControlId());
    }

    private LabMessage unmatched(long messageId) {
        LabMessage message = em.find(LabMessage.class, messageId, LockModeType.PESSIMISTIC_WRITE); // two technicians, one decision
        if (message == null || message.getStatus() != LabMessageStatus.UNMATCHED) {
            throw new InvalidPatientDataException(Map.of("message", "This message is not (or no longer) waiting for a patient"));
        }
        return message;
    }
}
