package org.hpms.audit.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hpms.shared.crypto.AuditChainMac;
import org.hpms.shared.crypto.TestKeys;
import org.junit.jupiter.api.Test;

class AuditChainVerifierTest {

    private final AuditChainMac mac = new AuditChainMac(TestKeys.random());

    @Test
    void untouchedChainIsIntact() {
        Chain chain = chainOf(5);
        ChainVerification result = verify(chain.events, chain.head);
        assertTrue(result.intact());
        assertEquals(5, result.rowsChecked());
    }

    @Test
    void editedFieldIsFoundAtItsRow() throws Exception {
        Chain chain = chainOf(5);
        set(chain.events.get(2), "username", "someone.else");
        ChainVerification result = verify(chain.events, chain.head);
        assertFalse(result.intact());
        assertEquals(3L, result.firstBadSequence());
    }

    @Test
    void deletedMiddleRowIsReportedMissing() {
        Chain chain = chainOf(5);
        chain.events.remove(1);
        ChainVerification result = verify(chain.events, chain.head);
        assertEquals(2L, result.firstBadSequence());
        assertTrue(result.problem().contains("missing"));
    }

    @Test
    void deletedTailIsCaughtByTheHead() {
        Chain chain = chainOf(5);
        chain.events.remove(4);
        ChainVerification result = verify(chain.events, chain.head);
        assertFalse(result.intact());
        assertEquals(5L, result.firstBadSequence());
    }

    @Test
    void rowForgedWithoutTheKeyIsCaught() {
        Chain chain = chainOf(3);
        AuditEvent last = chain.events.get(2);
        AuditChainMac attackerMac = new AuditChainMac(TestKeys.random());
        AuditEvent forged = new AuditEvent(3, chain.events.get(1).getRowHash(), last.getOccurredAt(), "intruder", "ADMIN",
                AuditAction.PATIENT_VIEWED, "100000017", AuditOutcome.SUCCESS, null, attackerMac);
        chain.events.set(2, forged);
        assertEquals(3L, verify(chain.events, chain.head).firstBadSequence());
    }

    private ChainVerification verify(List<AuditEvent> events, AuditChainHead head) {
        AuditChainVerifier verifier = new AuditChainVerifier(mac);
        for (AuditEvent event : events) {
            if (!verifier.accept(event)) {
                break;
            }
        }
        return verifier.finish(head);
    }

    private record Chain(List<AuditEvent> events, AuditChainHead head) {
    }

    private Chain chainOf(int length) {
        List<AuditEvent> events = new ArrayList<>();
        String previous = AuditChainHead.GENESIS_HASH;
        for (long seq = 1; seq <= length; seq++) {
            AuditEvent event = new AuditEvent(seq, previous, Instant.parse("2026-11-25T10:15:30.123456789Z").plusSeconds(seq),
                    "reception", "RECEPTIONIST", AuditAction.PATIENT_REGISTERED, "100000017", AuditOutcome.SUCCESS, null, mac);
            events.add(event);
            previous = event.getRowHash();
        }
        AuditChainHead head = new AuditChainHead();
        head.advanceTo(events.get(events.size() - 1));
        return new Chain(events, head);
    }

    private static void set(Object target, String field, Object value) throws Exception {
        Field declared = target.getClass().getDeclaredField(field);
        declared.setAccessible(true);
        declared.set(target, value);
    }
}
