-- The lab result consumer takes up to 100 messages into a transaction, some 650 observations; with id
-- blocks of 100 it fetched a new block (a transaction of its own, with its own XA commit) seven times
-- per batch. Lab observations, messages and reports, and charges now take their ids in blocks of 1000.
-- Hibernate hands out a block as the 1000 ids below the value it read: each row moves 2000 past both
-- its current value and the highest id in use, so that no id of the new blocks was handed out before.
UPDATE id_sequence SET next_value = GREATEST(next_value, (SELECT COALESCE(MAX(id), 0) FROM lab_observation)) + 2000
WHERE name = 'LAB_OBSERVATION';
UPDATE id_sequence SET next_value = GREATEST(next_value, (SELECT COALESCE(MAX(id), 0) FROM lab_message)) + 2000
WHERE name = 'LAB_MESSAGE';
UPDATE id_sequence SET next_value = GREATEST(next_value, (SELECT COALESCE(MAX(id), 0) FROM lab_report)) + 2000
WHERE name = 'LAB_REPORT';
UPDATE id_sequence SET next_value = GREATEST(next_value, (SELECT COALESCE(MAX(id), 0) FROM billing_charge)) + 2000
WHERE name = 'BILLING_CHARGE';
