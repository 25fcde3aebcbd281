-- The day at the hospital (walk-ins, queue tokens), the waitlist, and reminders with their delivery status.

-- Reminders by email need an address to send to.
ALTER TABLE patient ADD COLUMN email_enc VARBINARY(400) NULL;

-- A patient in the queue (checked in, or a walk-in) holds a token number, unique per department and day.
ALTER TABLE appointment
    ADD COLUMN walk_in          BOOLEAN     NOT NULL DEFAULT FALSE,
    ADD COLUMN queue_department VARCHAR(60) NULL,
    ADD COLUMN queue_day        DATE        NULL,
    ADD COLUMN token_no         INT         NULL,
    ADD CONSTRAINT uk_appointment_token UNIQUE (queue_department, queue_day, token_no),
    ADD INDEX ix_appointment_queue (queue_department, queue_day, status);

-- The last token handed out per department and day (one atomic upsert per token).
CREATE TABLE queue_counter (
    department VARCHAR(60) NOT NULL,
    queue_day  DATE        NOT NULL,
    last_token INT         NOT NULL,
    PRIMARY KEY (department, queue_day)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Patients waiting for an earlier slot; a cancellation offers the freed slot to the first who fits.
CREATE TABLE waitlist_entry (
    id                  BIGINT      NOT NULL AUTO_INCREMENT,
    public_id           CHAR(36)    NOT NULL,
    patient_id          BIGINT      NOT NULL,
    specialization_code VARCHAR(40) NOT NULL,
    doctor_id           BIGINT      NULL,
    visit_type          VARCHAR(16) NOT NULL,
    window_from         DATETIME(6) NOT NULL,
    window_until        DATETIME(6) NOT NULL,
    status              VARCHAR(16) NOT NULL,
    offered_doctor_id   BIGINT      NULL,
    offered_start       DATETIME(6) NULL,
    offered_at          DATETIME(6) NULL,
    appointment_id      BIGINT      NULL,
    created_at          DATETIME(6) NOT NULL,
    created_by          VARCHAR(64) NOT NULL,
    updated_at          DATETIME(6) NOT NULL,
    updated_by          VARCHAR(64) NOT NULL,
    version             BIGINT      NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_waitlist_public_id UNIQUE (public_id),
    INDEX ix_waitlist_waiting (status, specialization_code, created_at),
    CONSTRAINT fk_waitlist_patient FOREIGN KEY (patient_id) REFERENCES patient (id),
    CONSTRAINT fk_waitlist_specialization FOREIGN KEY (specialization_code) REFERENCES specialization (code),
    CONSTRAINT fk_waitlist_doctor FOREIGN KEY (doctor_id) REFERENCES doctor_profile (id),
    CONSTRAINT fk_waitlist_offered_doctor FOREIGN KEY (offered_doctor_id) REFERENCES doctor_profile (id),
    CONSTRAINT fk_waitlist_appointment FOREIGN KEY (appointment_id) REFERENCES appointment (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Messages to patients (appointment reminders, waitlist offers), one row per channel, with delivery
-- status. Addresses are not copied here: they are read from the patient's record when sending.
CREATE TABLE notification (
    id                BIGINT       NOT NULL AUTO_INCREMENT,
    patient_id        BIGINT       NOT NULL,
    appointment_id    BIGINT       NULL,
    waitlist_entry_id BIGINT       NULL,
    purpose           VARCHAR(20)  NOT NULL,
    channel           VARCHAR(8)   NOT NULL,
    due_at            DATETIME(6)  NOT NULL,
    status            VARCHAR(10)  NOT NULL,
    attempts          INT          NOT NULL,
    last_error        VARCHAR(300) NULL,
    sent_at           DATETIME(6)  NULL,
    created_at        DATETIME(6)  NOT NULL,
    created_by        VARCHAR(64)  NOT NULL,
    updated_at        DATETIME(6)  NOT NULL,
    updated_by        VARCHAR(64)  NOT NULL,
    version           BIGINT       NOT NULL,
    PRIMARY KEY (id),
    INDEX ix_notification_due (status, due_at),
    INDEX ix_notification_appointment (appointment_id),
    CONSTRAINT fk_notification_patient FOREIGN KEY (patient_id) REFERENCES patient (id),
    CONSTRAINT fk_notification_appointment FOREIGN KEY (appointment_id) REFERENCES appointment (id),
    CONSTRAINT fk_notification_waitlist FOREIGN KEY (waitlist_entry_id) REFERENCES waitlist_entry (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
