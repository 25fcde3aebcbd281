-- Advanced by every booking of the doctor (under the doctor's row lock). With the row's version (profile,
-- template and exceptions) it stamps what a server keeps of the doctor's calendar in memory: automated
-- assignment reads the stamps of a specialization's doctors in one query and re-reads only the calendars
-- whose stamp moved, instead of every calendar on every request.
ALTER TABLE doctor_profile ADD COLUMN calendar_version BIGINT NOT NULL DEFAULT 0;
