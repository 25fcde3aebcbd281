-- Observation ids are handed out in blocks of 100 from id_sequence (JPA table generator) instead of by
-- AUTO_INCREMENT, so that the 3 to 30 observations of a result are written in one batched statement.
-- Started well past the highest id in use: whatever the generator's first block, it cannot collide.
INSERT INTO id_sequence (name, next_value) SELECT 'LAB_OBSERVATION', COALESCE(MAX(id), 0) + 1000 FROM lab_observation;
