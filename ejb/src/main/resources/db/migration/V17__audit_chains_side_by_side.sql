-- The audit trail becomes eight hash chains appended side by side instead of one: every audited action
-- used to lock the one chain head from its append to its commit, so all of them queued on that row (one
-- row-lock wait per booking under load). An append now takes whichever head is free. Each chain is
-- verified on its own (position, hash of its predecessor, its head); together they hold every row.
-- The existing rows are chain 1, positions equal to their seq, so their hashes still verify.
-- seq stays the row's id, now handed out in blocks from id_sequence (no lock shared by all appends).
ALTER TABLE audit_event
    ADD COLUMN chain     TINYINT NOT NULL DEFAULT 1 AFTER seq,
    ADD COLUMN chain_seq BIGINT  NULL AFTER chain;
UPDATE audit_event SET chain_seq = seq;
ALTER TABLE audit_event
    MODIFY chain_seq BIGINT NOT NULL,
    ALTER chain DROP DEFAULT,
    ADD UNIQUE KEY uk_audit_event_chain (chain, chain_seq);

INSERT INTO audit_chain_head (id, last_seq, last_hash)
VALUES (2, 0, REPEAT('0', 64)), (3, 0, REPEAT('0', 64)), (4, 0, REPEAT('0', 64)), (5, 0, REPEAT('0', 64)),
       (6, 0, REPEAT('0', 64)), (7, 0, REPEAT('0', 64)), (8, 0, REPEAT('0', 64));

-- Well past the highest id in use: whatever the generator's first block, it cannot collide.
INSERT INTO id_sequence (name, next_value) SELECT 'AUDIT_EVENT', COALESCE(MAX(seq), 0) + 1000 FROM audit_event;
