-- Lab message, lab report and charge ids are handed out in blocks of 100 from id_sequence (JPA table
-- generator) instead of by AUTO_INCREMENT: an AUTO_INCREMENT id makes Hibernate insert each row the
-- moment it is persisted, so a batch of 50 lab results cost some 200 single-row INSERTs; now each table
-- gets one batched statement per batch. Anything else that inserts rows into these tables must take
-- its ids from the same rows of id_sequence.
-- Started well past the highest id in use: whatever the generator's first block, it cannot collide.
INSERT INTO id_sequence (name, next_value) SELECT 'LAB_MESSAGE', COALESCE(MAX(id), 0) + 1000 FROM lab_message;
INSERT INTO id_sequence (name, next_value) SELECT 'LAB_REPORT', COALESCE(MAX(id), 0) + 1000 FROM lab_report;
INSERT INTO id_sequence (name, next_value) SELECT 'BILLING_CHARGE', COALESCE(MAX(id), 0) + 1000 FROM billing_charge;
