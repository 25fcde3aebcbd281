package org.hpms.audit.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import org.hpms.audit.domain.AuditAction;
import org.hpms.audit.domain.AuditChainHead;
import org.hpms.audit.domain.AuditEvent;
import org.hpms.audit.domain.AuditOutcome;
import org.hpms.security.Roles;
import org.hpms.shared.crypto.ApplicationKeys;
import org.hpms.shared.persistence.NativeSql;

/**
 * Appends audit rows. Each append runs in its own short transaction (REQUIRES_NEW) so that the
 * record of an attempt survives when the audited work rolls back, and so that the chain-head lock
 * that orders a chain's appends is held for milliseconds, not for the caller's whole transaction.
 * An append takes the first chain nobody is appending to ({@link AuditChainHead#CHAINS} side by side),
 * so concurrent work does not queue on one head.
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.DOCTOR, Roles.NURSE, Roles.RECEPTIONIST, Roles.BILLING, Roles.LAB_TECH, Roles.LAB_SYSTEM})
public class AuditTrail {

    static final String SYSTEM = "system";

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    /** One audit row to be appended (see {@link #recordAll}). */
    public record Entry(AuditAction action, String patientMrn, AuditOutcome outcome, String detail) {
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void record(AuditAction action, String patientMrn, AuditOutcome outcome, String detail) {
        append(List.of(new Entry(action, patientMrn, outcome, detail)));
    }

    /**
     * Appends in the caller's transaction, for work that succeeded: the row commits (or not) with the
     * work, with one transaction fewer. Call it last: the chain head stays locked until the commit.
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void recordWithWork(AuditAction action, String patientMrn, AuditOutcome outcome, String detail) {
        append(List.of(new Entry(action, patientMrn, outcome, detail)));
    }

    /**
     * Appends several rows in one short transaction and one hold of the chain head, in their order:
     * for work done in batches (the lab consumer), where a transaction per row would make the chain
     * head the bottleneck of everything audited.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void recordAll(List<Entry> entries) {
        append(entries);
    }

    private void append(List<Entry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        AuditChainHead head = lockFreeHead();
        Instant now = Instant.now();
        String username = callerName();
        String roles = callerRoles();
        for (Entry entry : entries) {
            AuditEvent event = new AuditEvent(head.getChain(), head.getLastSequence() + 1, head.getLastHash(), now, username, roles,
                    entry.action(), entry.patientMrn(), entry.outcome(), entry.detail(), ApplicationKeys.auditChainMac());
            em.persist(event);
            head.advanceTo(event);
        }
        NativeSql.on(em, "UPDATE audit_chain_head SET last_seq = ?1, last_hash = ?2 WHERE id = ?3", AuditChainHead.class)
                .setParameter(1, head.getLastSequence()).setParameter(2, head.getLastHash()).setParameter(3, head.getChain())
                .executeUpdate();
    }

    /**
     * Locks the head of the first chain nobody is appending to; when all are held, waits for one chosen at
     * random. In SQL: Hibernate drops SKIP LOCKED from a lock hint when it cannot read the server's version.
     */
    private AuditChainHead lockFreeHead() {
        List<?> rows = NativeSql.on(em, "SELECT id, last_seq, last_hash FROM audit_chain_head ORDER BY id LIMIT 1"
                + " FOR UPDATE SKIP LOCKED", AuditChainHead.class).getResultList();
        if (rows.isEmpty()) {
            rows = NativeSql.on(em, "SELECT id, last_seq, last_hash FROM audit_chain_head WHERE id = ?1 FOR UPDATE", AuditChainHead.class)
                    .setParameter(1, 1 + ThreadLocalRandom.current().nextInt(AuditChainHead.CHAINS)).getResultList();
        }
        Object[] row = (Object[]) rows.get(0);
        return new AuditChainHead(((Number) row[0]).intValue(), ((Number) row[1]).longValue(), (String) row[2]);
    }

    private String callerName() {
        String name = session.getCallerPrincipal().getName();
        return name == null || name.isBlank() || "anonymous".equals(name) ? SYSTEM : name;
    }

    private String callerRoles() {
        return Roles.STAFF.stream().filter(session::isCallerInRole).collect(Collectors.joining(","));
    }
}
