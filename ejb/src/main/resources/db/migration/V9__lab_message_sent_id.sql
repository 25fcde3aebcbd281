-- The id the sender gave its message (MSH-10), kept also for parked messages, whose row is keyed by
-- the SHA-256 of their bytes: it is what a lab technician quotes when calling the laboratory.
ALTER TABLE lab_message ADD COLUMN sent_control_id VARCHAR(199) NULL AFTER control_id;
UPDATE lab_message SET sent_control_id = control_id WHERE control_id NOT LIKE 'sha256:%';
