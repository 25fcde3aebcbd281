-- A doctor's bookings in a date range (every proposal reads them for all doctors of a specialization)
-- answered from the index alone: start, end and status are in it, so no row is looked up.
CREATE INDEX ix_appointment_doctor_calendar ON appointment (doctor_id, starts_at, ends_at, status);
-- Its first two columns did the same job with a row lookup per booking.
DROP INDEX ix_appointment_doctor_starts ON appointment;
