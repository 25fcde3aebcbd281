-- Scheduling: specializations, doctors' profiles and working time, and appointments.
-- Times are instants (UTC in DATETIME(6)); weekly templates are local times of the hospital's zone.

CREATE TABLE specialization (
    code        VARCHAR(40)  NOT NULL,
    name        VARCHAR(100) NOT NULL,
    retired     BOOLEAN      NOT NULL DEFAULT FALSE,
    created_at  DATETIME(6)  NOT NULL,
    created_by  VARCHAR(64)  NOT NULL,
    updated_at  DATETIME(6)  NOT NULL,
    updated_by  VARCHAR(64)  NOT NULL,
    version     BIGINT       NOT NULL,
    PRIMARY KEY (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO specialization (code, name, created_at, created_by, updated_at, updated_by, version) VALUES
('GENERAL_MEDICINE', 'General medicine', NOW(6), 'flyway', NOW(6), 'flyway', 0),
('CARDIOLOGY', 'Cardiology', NOW(6), 'flyway', NOW(6), 'flyway', 0),
('PAEDIATRICS', 'Paediatrics', NOW(6), 'flyway', NOW(6), 'flyway', 0),
('GYNAECOLOGY', 'Gynaecology and obstetrics', NOW(6), 'flyway', NOW(6), 'flyway', 0),
('ORTHOPAEDICS', 'Orthopaedics', NOW(6), 'flyway', NOW(6), 'flyway', 0),
('DERMATOLOGY', 'Dermatology', NOW(6), 'flyway', NOW(6), 'flyway', 0),
('ENT', 'Ear, nose and throat', NOW(6), 'flyway', NOW(6), 'flyway', 0),
('OPHTHALMOLOGY', 'Ophthalmology', NOW(6), 'flyway', NOW(6), 'flyway', 0),
('ENDOCRINOLOGY', 'Endocrinology and diabetes', NOW(6), 'flyway', NOW(6), 'flyway', 0),
('NEUROLOGY', 'Neurology', NOW(6), 'flyway', NOW(6), 'flyway', 0),
('PSYCHIATRY', 'Psychiatry', NOW(6), 'flyway', NOW(6), 'flyway', 0),
('PHYSIOTHERAPY', 'Physiotherapy', NOW(6), 'flyway', NOW(6), 'flyway', 0),
('GENERAL_SURGERY', 'General surgery', NOW(6), 'flyway', NOW(6), 'flyway', 0);

-- What patients say, mapped to who should see them (longest keyword found wins).
CREATE TABLE complaint_keyword (
    keyword             VARCHAR(60) NOT NULL,
    specialization_code VARCHAR(40) NOT NULL,
    PRIMARY KEY (keyword),
    CONSTRAINT fk_complaint_keyword_specialization FOREIGN KEY (specialization_code) REFERENCES specialization (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO complaint_keyword (keyword, specialization_code) VALUES
('chest pain', 'CARDIOLOGY'), ('palpitations', 'CARDIOLOGY'), ('blood pressure', 'CARDIOLOGY'),
('fever', 'GENERAL_MEDICINE'), ('cough', 'GENERAL_MEDICINE'), ('pain', 'GENERAL_MEDICINE'), ('diarrhoea', 'GENERAL_MEDICINE'),
('child', 'PAEDIATRICS'), ('baby', 'PAEDIATRICS'), ('pregnancy', 'GYNAECOLOGY'), ('pregnant', 'GYNAECOLOGY'),
('period', 'GYNAECOLOGY'), ('fracture', 'ORTHOPAEDICS'), ('back pain', 'ORTHOPAEDICS'), ('knee pain', 'ORTHOPAEDICS'),
('joint pain', 'ORTHOPAEDICS'), ('rash', 'DERMATOLOGY'), ('itching', 'DERMATOLOGY'), ('ear', 'ENT'),
('sore throat', 'ENT'), ('hearing', 'ENT'), ('eye', 'OPHTHALMOLOGY'), ('vision', 'OPHTHALMOLOGY'),
('diabetes', 'ENDOCRINOLOGY'), ('sugar', 'ENDOCRINOLOGY'), ('thyroid', 'ENDOCRINOLOGY'), ('headache', 'NEUROLOGY'),
('seizure', 'NEUROLOGY'), ('numbness', 'NEUROLOGY'), ('anxiety', 'PSYCHIATRY'), ('depression', 'PSYCHIATRY'),
('physiotherapy', 'PHYSIOTHERAPY'), ('hernia', 'GENERAL_SURGERY'), ('lump', 'GENERAL_SURGERY');

CREATE TABLE doctor_profile (
    id                 BIGINT       NOT NULL AUTO_INCREMENT,
    staff_username     VARCHAR(64)  NOT NULL,
    department         VARCHAR(60)  NOT NULL,
    new_visit_minutes  INT          NOT NULL,
    follow_up_minutes  INT          NOT NULL,
    daily_capacity     INT          NOT NULL,
    languages          VARCHAR(200) NOT NULL,
    active             BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at         DATETIME(6)  NOT NULL,
    created_by         VARCHAR(64)  NOT NULL,
    updated_at         DATETIME(6)  NOT NULL,
    updated_by         VARCHAR(64)  NOT NULL,
    version            BIGINT       NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_doctor_profile_staff UNIQUE (staff_username),
    CONSTRAINT fk_doctor_profile_staff FOREIGN KEY (staff_username) REFERENCES staff_user (username)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE doctor_specialization (
    doctor_id           BIGINT      NOT NULL,
    specialization_code VARCHAR(40) NOT NULL,
    PRIMARY KEY (doctor_id, specialization_code),
    INDEX ix_doctor_specialization_code (specialization_code, doctor_id),
    CONSTRAINT fk_doctor_specialization_doctor FOREIGN KEY (doctor_id) REFERENCES doctor_profile (id),
    CONSTRAINT fk_doctor_specialization_code FOREIGN KEY (specialization_code) REFERENCES specialization (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Weekly template lines: on this weekday from start to end (local time; end <= start runs past midnight).
CREATE TABLE working_hours (
    id              BIGINT      NOT NULL AUTO_INCREMENT,
    doctor_id       BIGINT      NOT NULL,
    day_of_week     VARCHAR(9)  NOT NULL,
    start_time      TIME        NOT NULL,
    end_time        TIME        NOT NULL,
    room            VARCHAR(40) NOT NULL,
    effective_from  DATE        NOT NULL,
    effective_until DATE        NULL,
    created_at      DATETIME(6) NOT NULL,
    created_by      VARCHAR(64) NOT NULL,
    updated_at      DATETIME(6) NOT NULL,
    updated_by      VARCHAR(64) NOT NULL,
    version         BIGINT      NOT NULL,
    PRIMARY KEY (id),
    INDEX ix_working_hours_doctor (doctor_id),
    CONSTRAINT fk_working_hours_doctor FOREIGN KEY (doctor_id) REFERENCES doctor_profile (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Leave, holidays, training (time taken away) and extra sessions (time added).
CREATE TABLE schedule_change (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    doctor_id   BIGINT       NOT NULL,
    kind        VARCHAR(16)  NOT NULL,
    starts_at   DATETIME(6)  NOT NULL,
    ends_at     DATETIME(6)  NOT NULL,
    room        VARCHAR(40)  NULL,
    note        VARCHAR(200) NULL,
    created_at  DATETIME(6)  NOT NULL,
    created_by  VARCHAR(64)  NOT NULL,
    updated_at  DATETIME(6)  NOT NULL,
    updated_by  VARCHAR(64)  NOT NULL,
    version     BIGINT       NOT NULL,
    PRIMARY KEY (id),
    INDEX ix_schedule_change_doctor (doctor_id, starts_at),
    CONSTRAINT fk_schedule_change_doctor FOREIGN KEY (doctor_id) REFERENCES doctor_profile (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE appointment (
    id                  BIGINT          NOT NULL AUTO_INCREMENT,
    public_id           CHAR(36)        NOT NULL,
    patient_id          BIGINT          NOT NULL,
    doctor_id           BIGINT          NOT NULL,
    starts_at           DATETIME(6)     NOT NULL,
    ends_at             DATETIME(6)     NOT NULL,
    visit_type          VARCHAR(16)     NOT NULL,
    specialization_code VARCHAR(40)     NOT NULL,
    status              VARCHAR(16)     NOT NULL,
    room                VARCHAR(40)     NULL,
    series_id           CHAR(36)        NULL,
    complaint_enc       VARBINARY(1100) NULL,
    cancel_reason_enc   VARBINARY(1100) NULL,
    cancelled_at        DATETIME(6)     NULL,
    cancelled_by        VARCHAR(64)     NULL,
    checked_in_at       DATETIME(6)     NULL,
    completed_at        DATETIME(6)     NULL,
    created_at          DATETIME(6)     NOT NULL,
    created_by          VARCHAR(64)     NOT NULL,
    updated_at          DATETIME(6)     NOT NULL,
    updated_by          VARCHAR(64)     NOT NULL,
    version             BIGINT          NOT NULL,
    -- The database's own guard against double booking: while an appointment holds time (not cancelled),
    -- no other may start at the same instant for the same doctor or the same patient. Overlaps with other
    -- start times are refused by the booking service under a lock on the doctor's row.
    holds_from          DATETIME(6) AS (IF(status = 'CANCELLED', NULL, starts_at)) STORED,
    PRIMARY KEY (id),
    CONSTRAINT uk_appointment_public_id UNIQUE (public_id),
    CONSTRAINT uk_appointment_doctor_time UNIQUE (doctor_id, holds_from),
    CONSTRAINT uk_appointment_patient_time UNIQUE (patient_id, holds_from),
    INDEX ix_appointment_doctor_starts (doctor_id, starts_at),
    INDEX ix_appointment_patient_starts (patient_id, starts_at),
    INDEX ix_appointment_series (series_id),
    CONSTRAINT fk_appointment_patient FOREIGN KEY (patient_id) REFERENCES patient (id),
    CONSTRAINT fk_appointment_doctor FOREIGN KEY (doctor_id) REFERENCES doctor_profile (id),
    CONSTRAINT fk_appointment_specialization FOREIGN KEY (specialization_code) REFERENCES specialization (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
