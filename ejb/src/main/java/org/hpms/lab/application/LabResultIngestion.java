package org.hpms.lab.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hpms.audit.application.AuditTrail;
import org.hpms.audit.domain.AuditAction;
import org.hpms.audit.domain.AuditOutcome;
import org.hpms.lab.domain.LabMessage;
import org.hpms.lab.domain.LabMessageFormat;
import org.hpms.lab.domain.LabResultMessage;
import org.hpms.lab.domain.MalformedLabMessageException;
import org.hpms.lab.infrastructure.LabEnvelope;
import org.hpms.lab.infrastructure.LabMessageReader;
import org.hpms.security.Roles;
import org.hpms.shared.crypto.Sha256;

/**
 * Takes in one message a laboratory posted, in the caller's transaction (the consumer's, which also
 * takes the message off the queue and sends the answer): a result whose patient and orders are known
 * is filed on the patient's record, one that names no patient or order of ours waits as unmatched, an
 * unreadable one is parked with its reason.
 * Several messages may come in one transaction (the consumer takes them in batches).
 * Every message is kept; a second delivery of one (same sender and control id, or the same bytes for
 * an unreadable one) finds it and is answered as the first was, without storing anything twice.
 */
@Stateless
@RolesAllowed(Roles.LAB_SYSTEM)
public class LabResultIngestion {

    @PersistenceContext
    EntityManager em;

    @EJB
    AuditTrail auditTrail;

    @EJB
    LabResultFiling filing;

    public LabAck ingest(String text) {
        return ingestAll(List.of(text)).get(0);
    }

    /**
     * Takes in several messages in the caller's one transaction, each as {@link #ingest} would, and
     * answers them in order. Their audit rows are appended together at the end; each message's work
     * is written out and let go before the next, so that the batch costs what its messages do.
     */
    public List<LabAck> ingestAll(List<String> texts) {
        List<LabAck> answers = new ArrayList<>(texts.size());
        List<AuditTrail.Entry> audit = new ArrayList<>();
        for (String text : texts) {
            answers.add(ingestOne(text, audit));
            em.flush();
            em.clear();
        }
        auditTrail.recordAll(audit);
        return answers;
    }

    private LabAck ingestOne(String text, List<AuditTrail.Entry> audit) {
        LabMessageFormat format = LabMessageFormat.of(text);
        LabMessageReader reader = LabMessageReader.of(format);
        Instant now = Instant.now();
        LabResultMessage result;
        try {
            result = reader.read(text);
        } catch (MalformedLabMessageException e) {
            LabEnvelope envelope = reader.envelopeOf(text); // what can still be told, to key the repeat and address the answer
            // Keyed by content, not by MSH-10: a corrected message the lab resends with the same id must not look like a repeat.
            String contentKey = "sha256:" + Sha256.hex(text == null ? "" : text);
            Optional<LabMessage> known = find(envelope.sender(), contentKey);
            if (known.isPresent()) {
                return answer(known.get(), envelope, format);
            }
            LabMessage parked = LabMessage.parked(envelope.sender(), contentKey, envelope.controlId(), now, text, e.getAckCode(),
                    e.getReason());
            em.persist(parked);
            audit.add(new AuditTrail.Entry(AuditAction.LAB_MESSAGE_PARKED, null, AuditOutcome.REJECTED, e.getReason()));
            return answer(parked, envelope, format);
        }
        LabEnvelope envelope = LabEnvelope.of(result);
        Optional<LabMessage> known = find(envelope.sender(), result.controlId());
        if (known.isPresent()) {
            return answer(known.get(), envelope, format);
        }
        LabResultFiling.Match match = filing.match(result);
        if (!match.complete()) {
            LabMessage unmatched = LabMessage.unmatched(envelope.sender(), result.controlId(), now, text, match.problem());
            em.persist(unmatched);
            audit.add(new AuditTrail.Entry(AuditAction.LAB_RESULT_UNMATCHED, null, AuditOutcome.SUCCESS, "control id " + result.controlId()));
            return answer(unmatched, envelope, format);
        }
        LabMessage stored = LabMessage.stored(envelope.sender(), result.controlId(), now, text, match.patient());
        em.persist(stored);
        LabResultFiling.Filed filed = filing.file(stored, result, match.patient(), match.orders(), null);
        audit.addAll(filed.alerts());
        audit.add(new AuditTrail.Entry(AuditAction.LAB_RESULT_RECEIVED, match.patient().getMrn().value(), AuditOutcome.SUCCESS,
                filed.observations() + " observations, control id " + result.controlId()));
        return answer(stored, envelope, format);
    }

    private Optional<LabMessage> find(String sender, String controlId) {
        return em.createNamedQuery(LabMessage.BY_SENDER_AND_CONTROL_ID, LabMessage.class)
                .setParameter("sender", sender).setParameter("controlId", controlId).getResultStream().findFirst();
    }

    private static LabAck answer(LabMessage message, LabEnvelope envelope, LabMessageFormat format) {
        return new LabAck(format, message.getAckCode(), message.getAckCode().equals("AA") ? null : message.getReason(),
                envelope.controlId(), envelope.sendingApplication(), envelope.sendingFacility());
    }
}
