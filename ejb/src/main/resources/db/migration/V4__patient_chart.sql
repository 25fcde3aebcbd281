-- The patient chart: complete demographics (with change history and merge), encounters and
-- everything recorded in them. Conventions as before: *_enc columns hold AES-256-GCM ciphertext,
-- public_id addresses a row from screens and the API (row ids are never exposed), clinical rows are
-- voided (who, when, why) and never deleted.

ALTER TABLE patient
    ADD COLUMN blood_group_enc        VARBINARY(100)  NULL,
    ADD COLUMN marital_status         VARCHAR(16)     NULL,
    ADD COLUMN preferred_language_enc VARBINARY(200)  NULL,
    ADD COLUMN guardian_name_enc      VARBINARY(900)  NULL,
    ADD COLUMN guardian_relation_enc  VARBINARY(200)  NULL,
    ADD COLUMN guardian_phone_enc     VARBINARY(256)  NULL,
    ADD COLUMN insurance_payer_enc    VARBINARY(600)  NULL,
    ADD COLUMN insurance_policy_enc   VARBINARY(300)  NULL,
    ADD COLUMN insurance_valid_from   DATE            NULL,
    ADD COLUMN insurance_valid_until  DATE            NULL,
    -- A merged (obsolete) record points at the surviving one and is voided with a reason. (Not "merged_into_id":
    -- Connector/J takes any select naming a column with "_into_" for SELECT ... INTO and refuses to run it.)
    ADD COLUMN surviving_patient_id   BIGINT          NULL,
    ADD COLUMN voided                 BOOLEAN         NOT NULL DEFAULT FALSE,
    ADD COLUMN voided_at              DATETIME(6)     NULL,
    ADD COLUMN voided_by              VARCHAR(64)     NULL,
    ADD COLUMN void_reason_enc        VARBINARY(1100) NULL,
    ADD CONSTRAINT fk_patient_surviving_patient FOREIGN KEY (surviving_patient_id) REFERENCES patient (id);

-- Kept apart from the patient row so that lists and searches never load image bytes.
CREATE TABLE patient_photo (
    patient_id   BIGINT      NOT NULL,
    content_type VARCHAR(32) NOT NULL,
    content_enc  MEDIUMBLOB  NOT NULL,
    created_at   DATETIME(6) NOT NULL,
    created_by   VARCHAR(64) NOT NULL,
    updated_at   DATETIME(6) NOT NULL,
    updated_by   VARCHAR(64) NOT NULL,
    version      BIGINT      NOT NULL,
    PRIMARY KEY (patient_id),
    CONSTRAINT fk_patient_photo_patient FOREIGN KEY (patient_id) REFERENCES patient (id)
) ENGINE = InnoDB;

-- Identifiers given to the patient by other systems (insurer, previous hospital, national programme).
CREATE TABLE patient_identifier (
    id           BIGINT         NOT NULL AUTO_INCREMENT,
    patient_id   BIGINT         NOT NULL,
    issuer       VARCHAR(60)    NOT NULL,
    value_enc    VARBINARY(300) NOT NULL,
    value_bidx   BIGINT         NOT NULL,
    created_at   DATETIME(6)    NOT NULL,
    created_by   VARCHAR(64)    NOT NULL,
    updated_at   DATETIME(6)    NOT NULL,
    updated_by   VARCHAR(64)    NOT NULL,
    version      BIGINT         NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_patient_identifier UNIQUE (issuer, value_bidx),
    INDEX ix_patient_identifier_patient (patient_id),
    CONSTRAINT fk_patient_identifier_patient FOREIGN KEY (patient_id) REFERENCES patient (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Who changed which demographic field when; old and new values encrypted.
CREATE TABLE patient_change (
    id            BIGINT          NOT NULL AUTO_INCREMENT,
    patient_id    BIGINT          NOT NULL,
    changed_at    DATETIME(6)     NOT NULL,
    changed_by    VARCHAR(64)     NOT NULL,
    field_name    VARCHAR(40)     NOT NULL,
    old_value_enc VARBINARY(1100) NULL,
    new_value_enc VARBINARY(1100) NULL,
    PRIMARY KEY (id),
    INDEX ix_patient_change_patient (patient_id, changed_at),
    CONSTRAINT fk_patient_change_patient FOREIGN KEY (patient_id) REFERENCES patient (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE patient_merge (
    id                   BIGINT          NOT NULL AUTO_INCREMENT,
    surviving_patient_id BIGINT          NOT NULL,
    obsolete_patient_id  BIGINT          NOT NULL,
    merged_at            DATETIME(6)     NOT NULL,
    merged_by            VARCHAR(64)     NOT NULL,
    reason_enc           VARBINARY(1100) NOT NULL,
    moved_records        VARCHAR(500)    NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_patient_merge_obsolete UNIQUE (obsolete_patient_id),
    CONSTRAINT fk_patient_merge_surviving FOREIGN KEY (surviving_patient_id) REFERENCES patient (id),
    CONSTRAINT fk_patient_merge_obsolete FOREIGN KEY (obsolete_patient_id) REFERENCES patient (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A visit: outpatient, emergency or inpatient admission (with ward and bed until discharge).
CREATE TABLE encounter (
    id                    BIGINT          NOT NULL AUTO_INCREMENT,
    public_id             CHAR(36)        NOT NULL,
    patient_id            BIGINT          NOT NULL,
    encounter_type        VARCHAR(16)     NOT NULL,
    started_at            DATETIME(6)     NOT NULL,
    ended_at              DATETIME(6)     NULL,
    attending_doctor      VARCHAR(64)     NOT NULL,
    chief_complaint_enc   VARBINARY(1100) NOT NULL,
    ward                  VARCHAR(40)     NULL,
    bed                   VARCHAR(20)     NULL,
    discharge_summary_enc BLOB            NULL,
    voided                BOOLEAN         NOT NULL DEFAULT FALSE,
    voided_at             DATETIME(6)     NULL,
    voided_by             VARCHAR(64)     NULL,
    void_reason_enc       VARBINARY(1100) NULL,
    created_at            DATETIME(6)     NOT NULL,
    created_by            VARCHAR(64)     NOT NULL,
    updated_at            DATETIME(6)     NOT NULL,
    updated_by            VARCHAR(64)     NOT NULL,
    version               BIGINT          NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_encounter_public_id UNIQUE (public_id),
    INDEX ix_encounter_patient_started (patient_id, started_at),
    INDEX ix_encounter_bed (ward, bed, ended_at),
    CONSTRAINT fk_encounter_patient FOREIGN KEY (patient_id) REFERENCES patient (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE diagnosis (
    id              BIGINT          NOT NULL AUTO_INCREMENT,
    public_id       CHAR(36)        NOT NULL,
    patient_id      BIGINT          NOT NULL,
    encounter_id    BIGINT          NOT NULL,
    icd10_code      VARCHAR(7)      NOT NULL,
    diagnosis_rank  VARCHAR(16)     NOT NULL,
    status          VARCHAR(16)     NOT NULL,
    onset_date      DATE            NULL,
    resolved_on     DATE            NULL,
    comment_enc     VARBINARY(1100) NULL,
    voided          BOOLEAN         NOT NULL DEFAULT FALSE,
    voided_at       DATETIME(6)     NULL,
    voided_by       VARCHAR(64)     NULL,
    void_reason_enc VARBINARY(1100) NULL,
    created_at      DATETIME(6)     NOT NULL,
    created_by      VARCHAR(64)     NOT NULL,
    updated_at      DATETIME(6)     NOT NULL,
    updated_by      VARCHAR(64)     NOT NULL,
    version         BIGINT          NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_diagnosis_public_id UNIQUE (public_id),
    INDEX ix_diagnosis_patient_status (patient_id, status, voided),
    INDEX ix_diagnosis_encounter (encounter_id),
    CONSTRAINT fk_diagnosis_patient FOREIGN KEY (patient_id) REFERENCES patient (id),
    CONSTRAINT fk_diagnosis_encounter FOREIGN KEY (encounter_id) REFERENCES encounter (id),
    CONSTRAINT fk_diagnosis_code FOREIGN KEY (icd10_code) REFERENCES icd10_code (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE medication_order (
    id               BIGINT          NOT NULL AUTO_INCREMENT,
    public_id        CHAR(36)        NOT NULL,
    patient_id       BIGINT          NOT NULL,
    encounter_id     BIGINT          NOT NULL,
    drug_enc         VARBINARY(600)  NOT NULL,
    dose_enc         VARBINARY(300)  NOT NULL,
    route            VARCHAR(20)     NOT NULL,
    frequency_enc    VARBINARY(300)  NOT NULL,
    duration_days    INT             NULL,
    instructions_enc VARBINARY(1100) NULL,
    prescriber       VARCHAR(64)     NOT NULL,
    start_date       DATE            NOT NULL,
    -- last day to take it (start + duration - 1); NULL while open-ended. Lets "current" be one indexed query.
    end_date         DATE            NULL,
    status           VARCHAR(16)     NOT NULL,
    stopped_at       DATETIME(6)     NULL,
    stopped_by       VARCHAR(64)     NULL,
    stop_reason_enc  VARBINARY(1100) NULL,
    created_at       DATETIME(6)     NOT NULL,
    created_by       VARCHAR(64)     NOT NULL,
    updated_at       DATETIME(6)     NOT NULL,
    updated_by       VARCHAR(64)     NOT NULL,
    version          BIGINT          NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_medication_order_public_id UNIQUE (public_id),
    INDEX ix_medication_order_patient_status (patient_id, status),
    INDEX ix_medication_order_encounter (encounter_id),
    CONSTRAINT fk_medication_order_patient FOREIGN KEY (patient_id) REFERENCES patient (id),
    CONSTRAINT fk_medication_order_encounter FOREIGN KEY (encounter_id) REFERENCES encounter (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Measurements are clinical data too: every value is encrypted.
CREATE TABLE vital_signs (
    id              BIGINT          NOT NULL AUTO_INCREMENT,
    public_id       CHAR(36)        NOT NULL,
    patient_id      BIGINT          NOT NULL,
    encounter_id    BIGINT          NOT NULL,
    measured_at     DATETIME(6)     NOT NULL,
    systolic_enc    VARBINARY(64)   NULL,
    diastolic_enc   VARBINARY(64)   NULL,
    pulse_enc       VARBINARY(64)   NULL,
    temperature_enc VARBINARY(64)   NULL,
    respiration_enc VARBINARY(64)   NULL,
    spo2_enc        VARBINARY(64)   NULL,
    weight_enc      VARBINARY(64)   NULL,
    height_enc      VARBINARY(64)   NULL,
    bmi_enc         VARBINARY(64)   NULL,
    voided          BOOLEAN         NOT NULL DEFAULT FALSE,
    voided_at       DATETIME(6)     NULL,
    voided_by       VARCHAR(64)     NULL,
    void_reason_enc VARBINARY(1100) NULL,
    created_at      DATETIME(6)     NOT NULL,
    created_by      VARCHAR(64)     NOT NULL,
    updated_at      DATETIME(6)     NOT NULL,
    updated_by      VARCHAR(64)     NOT NULL,
    version         BIGINT          NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_vital_signs_public_id UNIQUE (public_id),
    INDEX ix_vital_signs_patient_measured (patient_id, measured_at),
    INDEX ix_vital_signs_encounter (encounter_id),
    CONSTRAINT fk_vital_signs_patient FOREIGN KEY (patient_id) REFERENCES patient (id),
    CONSTRAINT fk_vital_signs_encounter FOREIGN KEY (encounter_id) REFERENCES encounter (id)
) ENGINE = InnoDB;

-- Signed on saving: author, time and a SHA-256 of the text. An amendment is a new signed note that
-- points at the note it corrects; the original stays, marked as amended.
CREATE TABLE clinical_note (
    id               BIGINT          NOT NULL AUTO_INCREMENT,
    public_id        CHAR(36)        NOT NULL,
    patient_id       BIGINT          NOT NULL,
    encounter_id     BIGINT          NOT NULL,
    note_type        VARCHAR(20)     NOT NULL,
    text_enc         BLOB            NOT NULL,
    text_sha256      CHAR(64)        NOT NULL,
    signed_by        VARCHAR(64)     NOT NULL,
    signed_at        DATETIME(6)     NOT NULL,
    amends_note_id   BIGINT          NULL,
    amendment_reason_enc VARBINARY(1100) NULL,
    amended          BOOLEAN         NOT NULL DEFAULT FALSE,
    created_at       DATETIME(6)     NOT NULL,
    created_by       VARCHAR(64)     NOT NULL,
    updated_at       DATETIME(6)     NOT NULL,
    updated_by       VARCHAR(64)     NOT NULL,
    version          BIGINT          NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_clinical_note_public_id UNIQUE (public_id),
    INDEX ix_clinical_note_encounter (encounter_id),
    INDEX ix_clinical_note_patient (patient_id),
    CONSTRAINT fk_clinical_note_patient FOREIGN KEY (patient_id) REFERENCES patient (id),
    CONSTRAINT fk_clinical_note_encounter FOREIGN KEY (encounter_id) REFERENCES encounter (id),
    CONSTRAINT fk_clinical_note_amends FOREIGN KEY (amends_note_id) REFERENCES clinical_note (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE patient_document (
    id              BIGINT          NOT NULL AUTO_INCREMENT,
    public_id       CHAR(36)        NOT NULL,
    patient_id      BIGINT          NOT NULL,
    encounter_id    BIGINT          NULL,
    title_enc       VARBINARY(600)  NOT NULL,
    content_type    VARCHAR(32)     NOT NULL,
    size_bytes      INT             NOT NULL,
    content_sha256  CHAR(64)        NOT NULL,
    voided          BOOLEAN         NOT NULL DEFAULT FALSE,
    voided_at       DATETIME(6)     NULL,
    voided_by       VARCHAR(64)     NULL,
    void_reason_enc VARBINARY(1100) NULL,
    created_at      DATETIME(6)     NOT NULL,
    created_by      VARCHAR(64)     NOT NULL,
    updated_at      DATETIME(6)     NOT NULL,
    updated_by      VARCHAR(64)     NOT NULL,
    version         BIGINT          NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_patient_document_public_id UNIQUE (public_id),
    INDEX ix_patient_document_patient (patient_id, voided),
    CONSTRAINT fk_patient_document_patient FOREIGN KEY (patient_id) REFERENCES patient (id),
    CONSTRAINT fk_patient_document_encounter FOREIGN KEY (encounter_id) REFERENCES encounter (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The encrypted bytes, apart from the row so that listing documents never reads them.
CREATE TABLE patient_document_content (
    document_id BIGINT   NOT NULL,
    content_enc LONGBLOB NOT NULL,
    PRIMARY KEY (document_id),
    CONSTRAINT fk_patient_document_content FOREIGN KEY (document_id) REFERENCES patient_document (id)
) ENGINE = InnoDB;
