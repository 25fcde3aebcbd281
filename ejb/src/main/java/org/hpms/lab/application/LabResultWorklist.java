package org.hpms.lab.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hpms.audit.application.AuditTrail;
import org.hpms.audit.domain.AuditAction;
import org.hpms.audit.domain.AuditOutcome;
import org.hpms.lab.domain.LabMessage;
import org.hpms.lab.domain.LabMessageFormat;
import org.hpms.lab.domain.LabMessageStatus;
import org.hpms.lab.domain.LabOrder;
import org.hpms.lab.domain.LabOrderResult;
import org.hpms.lab.domain.LabResultMessage;
import org.hpms.lab.infrastructure.LabMessageReader;
import org.hpms.patient.application.PatientLookup;
import org.hpms.patient.domain.InvalidPatientDataException;
import org.hpms.patient.domain.Patient;
import org.hpms.security.Roles;
import org.hpms.staff.application.StaffDirectory;

/**
 * What a lab technician does with a result that named no patient or order of ours: link it to the
 * right patient and order (it is then filed as if it had matched) or reject it with a reason. Either
 * way the message stays, with who decided.
 */
@Stateless
@RolesAllowed({Roles.LAB_TECH, Roles.ADMIN})
public class LabResultWorklist {

    @PersistenceContext
    EntityManager em;

    @EJB
    AuditTrail auditTrail;

    @EJB
    LabResultFiling filing;

    @EJB
    StaffDirectory staff;

    @Resource
    SessionContext session;

    /**
     * Files an unmatched result on the record with this MRN. Each reported test goes to the order its own
     * numbers name, else to the order the technician names ({@code orderNumber}); with neither it is an
     * unsolicited result, reviewed by the doctor the technician names ({@code reviewer}).
     */
    public void link(long messageId, String mrn, String orderNumber, String reviewer) {
        LabMessage message = unmatched(messageId);
        Patient patient = PatientLookup.current(em, mrn == null ? null : mrn.strip());
        String raw = message.getRaw();
        LabResultMessage result = LabMessageReader.of(LabMessageFormat.of(raw)).read(raw); // it was read once: it reads again
        LabOrder named = orderNumber == null || orderNumber.isBlank() ? null : namedOrder(orderNumber.strip(), patient);
        List<LabOrder> orders = new ArrayList<>();
        for (LabOrderResult reported : result.orders()) {
            orders.add(filing.orderNamedBy(reported).filter(o -> o.problemFor(patient) == null).orElse(named));
        }
        String unsolicitedReviewer = null;
        if (orders.contains(null)) {
            if (reviewer == null || !staff.isActiveWithRole(reviewer.strip(), Roles.DOCTOR)) {
                throw new InvalidPatientDataException(Map.of("reviewer",
                        "The result names no order of this patient: name the order, or the doctor who reviews it"));
            }
            unsolicitedReviewer = reviewer.strip();
        }
        message.linkTo(patient, session.getCallerPrincipal().getName());
        LabResultFiling.Filed filed = filing.file(message, result, patient, orders, unsolicitedReviewer);
        filing.announce(filed.resulted());
        List<AuditTrail.Entry> audit = new ArrayList<>(filed.alerts());
        audit.add(new AuditTrail.Entry(AuditAction.LAB_RESULT_LINKED, patient.getMrn().value(), AuditOutcome.SUCCESS,
                filed.observations() + " observations, control id " + result.controlId()));
        auditTrail.recordAll(audit);
    }

    private LabOrder namedOrder(String number, Patient patient) {
        LabOrder order = filing.orderWithNumber(number)
                .orElseThrow(() -> new InvalidPatientDataException(Map.of("order", "No order has the number " + number)));
        String problem = order.problemFor(patient);
        if (problem != null) {
            throw new InvalidPatientDataException(Map.of("order", problem));
        }
        return order;
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
