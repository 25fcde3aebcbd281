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
        assertEquals(3L, result.firstBadPosition());
    }

    @Test
    void deletedMiddleRowIsReportedMissing() {
        Chain chain = chainOf(5);
        chain.events.remove(1);
        ChainVerification result = verify(chain.events, chain.head);
        assertEquals(2L, result.firstBadPosition());
        assertTrue(result.problem().contains("missing"));
    }

    @Test
    void deletedTailIsCaughtByTheHead() {
        Chain chain = chainOf(5);
        chain.events.remove(4);
        ChainVerification result = verify(chain.events, chain.head);
        assertFalse(result.intact());
        assertEquals(5L, result.firstBadPosition());
    }

    @Test
    void rowForgedWithoutTheKeyIsCaught() {
        Chain chain = chainOf(3);
        AuditEvent last = chain.events.get(2);
        AuditChainMac attackerMac = new AuditChainMac(TestKeys.random());
        AuditEvent forged = new AuditEvent(1, 3, chain.events.get(1).getRowHash(), last.getOccurredAt(), "intruder", "ADMIN",
                AuditAction.PATIENT_VIEWED, "100000017", AuditOutcome.SUCCESS, null, attackerMac);
        chain.events.set(2, forged);
        assertEquals(3L, verify(chain.events, chain.head).firstBadPosition());
    }

    @Test
    void rowsOfTheSingleChainBeforeV17StillVerifyAsChainOne() {
        // the text the MAC covered before chains were side by side: the row's id (then its position) first
        Instant at = Instant.parse("2026-11-20T08:00:00Z");
        String legacyHash = mac.link(AuditChainHead.GENESIS_HASH,
                String.join("|", "1", at.toString(), "reception", "RECEPTIONIST", "PATIENT_REGISTERED", "100000017", "SUCCESS", "null"));
        AuditEvent stored = new AuditEvent(1, 1, AuditChainHead.GENESIS_HASH, at, "reception", "RECEPTIONIST",
                AuditAction.PATIENT_REGISTERED, "100000017", AuditOutcome.SUCCESS, null, mac);
        assertEquals(legacyHash, stored.getRowHash());
    }

    @Test
    void aRowMovedToAnotherChainIsCaught() throws Exception {
        Chain chain = chainOf(3, 2);
        assertTrue(verify(chain.events, chain.head, 2).intact());
        assertFalse(verify(chainOf(3, 2).events, chain.head, 3).intact(), "rows of chain 2 are not chain 3's");
        set(chain.events.get(1), "chain", 3);
        ChainVerification result = verify(chain.events, chain.head, 2);
        assertEquals(2, result.chain());
        assertEquals(2L, result.firstBadPosition());
        set(chain.events.get(1), "chain", 2);
        set(chain.events.get(1), "chainSequence", 7L);
        assertFalse(verify(chain.events, chain.head, 2).intact(), "a position changed in the row is caught");
    }

    @Test
    void theSameRowsInAnotherChainHaveOtherHashes() {
        assertFalse(chainOf(1, 1).events.get(0).getRowHash().equals(chainOf(1, 2).events.get(0).getRowHash()));
    }

    private ChainVerification verify(List<AuditEvent> events, AuditChainHead head) {
        return verify(events, head, 1);
    }

    private ChainVerification verify(List<AuditEvent> events, AuditChainHead head, int chainNumber) {
        AuditChainVerifier verifier = new AuditChainVerifier(mac, chainNumber);
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
        return chainOf(length, 1);
    }

    private Chain chainOf(int length, int chainNumber) {
        List<AuditEvent> events = new ArrayList<>();
        String previous = AuditChainHead.GENESIS_HASH;
        for (long seq = 1; seq <= length; seq++) {
            AuditEvent event = new AuditEvent(chainNumber, seq, previous, Instant.parse("2026-11-25T10:15:30.123456789Z").plusSeconds(seq),
                    "reception", "RECEPTIONIST", AuditAction.PATIENT_REGISTERED, "100000017", AuditOutcome.SUCCESS, null, mac);
            events.add(event);
            previous = event.getRowHash();
        }
        AuditChainHead head = new AuditChainHead(chainNumber, 0, AuditChainHead.GENESIS_HASH);
        head.advanceTo(events.get(events.size() - 1));
        return new Chain(events, head);
    }

    private static void set(Object target, String field, Object value) throws Exception {
        Field declared = target.getClass().getDeclaredField(field);
        declared.setAccessible(true);
        declared.set(target, value);
    }
}
