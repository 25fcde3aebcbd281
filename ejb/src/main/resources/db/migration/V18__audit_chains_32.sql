-- 32 audit chains instead of 8 (V17). Under load, with more threads than cores, an append holds its
-- chain's head until its commit for tens of milliseconds (the thread waits for a core between its
-- statements): the booking benchmark found all 8 heads held for 42 % of its appends, which then queued.
INSERT INTO audit_chain_head (id, last_seq, last_hash)
VALUES (9, 0, REPEAT('0', 64)), (10, 0, REPEAT('0', 64)), (11, 0, REPEAT('0', 64)), (12, 0, REPEAT('0', 64)),
       (13, 0, REPEAT('0', 64)), (14, 0, REPEAT('0', 64)), (15, 0, REPEAT('0', 64)), (16, 0, REPEAT('0', 64)),
       (17, 0, REPEAT('0', 64)), (18, 0, REPEAT('0', 64)), (19, 0, REPEAT('0', 64)), (20, 0, REPEAT('0', 64)),
       (21, 0, REPEAT('0', 64)), (22, 0, REPEAT('0', 64)), (23, 0, REPEAT('0', 64)), (24, 0, REPEAT('0', 64)),
       (25, 0, REPEAT('0', 64)), (26, 0, REPEAT('0', 64)), (27, 0, REPEAT('0', 64)), (28, 0, REPEAT('0', 64)),
       (29, 0, REPEAT('0', 64)), (30, 0, REPEAT('0', 64)), (31, 0, REPEAT('0', 64)), (32, 0, REPEAT('0', 64));
