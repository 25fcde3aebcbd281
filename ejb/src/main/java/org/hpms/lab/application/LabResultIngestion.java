package org.hpms.lab.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.hpms.audit.application.AuditTrail;
import org.hpms.audit.domain.AuditAction;
import org.hpms.audit.domain.AuditOutcome;
import org.hpms.lab.domain.LabMessage;
import org.hpms.lab.domain.LabMessageFormat;
import org.hpms.lab.domain.LabOrderResulted;
import org.hpms.lab.domain.LabResultMessage;
import org.hpms.lab.domain.MalformedLabMessageException;
import org.hpms.lab.infrastructure.LabEnvelope;
import org.hpms.lab.infrastructure.LabMessageReader;
import org.hpms.security.Roles;

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
     * answers them in order. Repeats, and the orders the results name, are looked up for the whole batch
     * in one query each; the batch's rows are written together at the end (one batched statement per
     * table, not a few statements per message), then its audit rows are appended.
     * <p>
     * Until then the lookups do not write out what the batch has changed so far (flush mode COMMIT):
     * each such flush would check every entity of the batch and write a few rows. The lookups that may
     * need the batch's own changes (an order by the filler number a result just gave it, the reports a
     * correction supersedes) flush first, see {@link LabResultFiling}. The orders the batch made final
     * are announced together, so that billing looks for earlier charges in one query.
     */
    public List<LabAck> ingestAll(List<String> texts) {
        List<Incoming> batch = texts.stream().map(Incoming::read).toList();
        Map<String, LabMessage> taken = alreadyTaken(batch);
        filing.lookUpOrdersNamedBy(batch.stream().map(Incoming::result).filter(Objects::nonNull).toList());
        List<LabAck> answers = new ArrayList<>(batch.size());
        List<AuditTrail.Entry> audit = new ArrayList<>();
        List<LabOrderResulted> resulted = new ArrayList<>();
        FlushModeType flushMode = em.getFlushMode();
        em.setFlushMode(FlushModeType.COMMIT);
        try {
            for (Incoming incoming : batch) {
                LabMessage known = taken.get(incoming.repeatKey());
                LabMessage message = known != null ? known : take(incoming, audit, resulted);
                taken.put(incoming.repeatKey(), message); // a repeat later in the same batch
                answers.add(answer(message, incoming.envelope(), incoming.format()));
            }
            filing.announce(resulted);
            em.flush();
        } finally {
            em.setFlushMode(flushMode);
        }
        auditTrail.recordAll(audit);
        return answers;
    }

    /**
     * A message as read: the result, or why it cannot be taken. A readable message is known by its
     * sender and control id; an unreadable one by its content, not by MSH-10, so that a corrected
     * message the lab resends with the same id does not look like a repeat.
     */
    private record Incoming(String text, LabMessageFormat format, LabResultMessage result, MalformedLabMessageException malformed,
                            LabEnvelope envelope, String key) {

        static Incoming read(String text) {
            LabMessageFormat format = LabMessageFormat.of(text);
            LabMessageReader reader = LabMessageReader.of(format);
            try {
                LabResultMessage result = reader.read(text);
                return new Incoming(text, format, result, null, LabEnvelope.of(result), result.controlId());
            } catch (MalformedLabMessageException e) {
                // What can still be told, to key the repeat and address the answer.
                return new Incoming(text, format, null, e, reader.envelopeOf(text), LabMessage.contentKey(text));
            }
        }

        String repeatKey() {
            return envelope.sender() + '\n' + key;
        }
    }

    private Map<String, LabMessage> alreadyTaken(List<Incoming> batch) {
        Map<String, LabMessage> taken = new HashMap<>();
        em.createNamedQuery(LabMessage.BY_SENDERS_AND_CONTROL_IDS, LabMessage.class)
                .setParameter("senders", batch.stream().map(i -> i.envelope().sender()).collect(Collectors.toSet()))
                .setParameter("controlIds", batch.stream().map(Incoming::key).collect(Collectors.toSet()))
                .getResultStream().forEach(m -> taken.put(m.getSender() + '\n' + m.getControlId(), m));
        return taken;
    }

    /**
     * Keeps a message not seen before (parked, unmatched or filed on the patient's record), adding its
     * audit entries and the orders it made final to the batch's.
     */
    private LabMessage take(Incoming incoming, List<AuditTrail.Entry> audit, List<LabOrderResulted> resulted) {
        Instant now = Instant.now();
        LabEnvelope envelope = incoming.envelope();
        if (incoming.malformed() != null) {
            MalformedLabMessageException e = incoming.malformed();
            LabMessage parked = LabMessage.parked(envelope.sender(), incoming.key(), envelope.controlId(), now, incoming.text(),
                    e.getAckCode(), e.getReason());
            em.persist(parked);
            audit.add(new AuditTrail.Entry(AuditAction.LAB_MESSAGE_PARKED, null, AuditOutcome.REJECTED, e.getReason()));
            return parked;
        }
        LabResultMessage result = incoming.result();
        LabResultFiling.Match match = filing.match(result);
        if (!match.complete()) {
            LabMessage unmatched = LabMessage.unmatched(envelope.sender(), result.controlId(), now, incoming.text(), match.problem());
            em.persist(unmatched);
            audit.add(new AuditTrail.Entry(AuditAction.LAB_RESULT_UNMATCHED, null, AuditOutcome.SUCCESS, "control id " + result.controlId()));
            return unmatched;
        }
        LabMessage stored = LabMessage.stored(envelope.sender(), result.controlId(), now, incoming.text(), match.patient());
        em.persist(stored);
        LabResultFiling.Filed filed = filing.file(stored, result, match.patient(), match.orders(), null);
        audit.addAll(filed.alerts());
        resulted.addAll(filed.resulted());
        audit.add(new AuditTrail.Entry(AuditAction.LAB_RESULT_RECEIVED, match.patient().getMrn().value(), AuditOutcome.SUCCESS,
                filed.observations() + " observations, control id " + result.controlId()));
        return stored;
    }

    private static LabAck answer(LabMessage message, LabEnvelope envelope, LabMessageFormat format) {
        return new LabAck(format, message.getAckCode(), message.getAckCode().equals("AA") ? null : message.getReason(),
                envelope.controlId(), envelope.sendingApplication(), envelope.sendingFacility());
    }
}
