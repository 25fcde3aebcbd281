-- Allergies and intolerances of a patient. Clinical data: never deleted, voided with who/when/why.
-- allergy_uid addresses a record from screens and the API (row ids are never exposed).
CREATE TABLE allergy (
    id              BIGINT         NOT NULL AUTO_INCREMENT,
    allergy_uid     CHAR(36)       NOT NULL,
    patient_id      BIGINT         NOT NULL,
    substance_enc   VARBINARY(600) NOT NULL,
    category        VARCHAR(16)    NOT NULL,
    reaction_enc    VARBINARY(1100) NULL,
    severity        VARCHAR(20)    NOT NULL,
    voided          BOOLEAN        NOT NULL DEFAULT FALSE,
    voided_at       DATETIME(6)    NULL,
    voided_by       VARCHAR(64)    NULL,
    void_reason_enc VARBINARY(600) NULL,
    created_at      DATETIME(6)    NOT NULL,
    created_by      VARCHAR(64)    NOT NULL,
    updated_at      DATETIME(6)    NOT NULL,
    updated_by      VARCHAR(64)    NOT NULL,
    version         BIGINT         NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_allergy_uid UNIQUE (allergy_uid),
    INDEX ix_allergy_patient (patient_id, voided),
    CONSTRAINT fk_allergy_patient FOREIGN KEY (patient_id) REFERENCES patient (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
