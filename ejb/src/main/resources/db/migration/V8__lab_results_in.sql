-- Every message a laboratory posts, kept as it came (encrypted) with what became of it: stored,
-- unmatched (no patient of ours; a lab technician links it) or parked (unreadable, with the reason).
-- One row per sender and control id (MSH-10): a second delivery of the same message finds it.
CREATE TABLE lab_message (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    sender          VARCHAR(200) NOT NULL,
    control_id      VARCHAR(199) NOT NULL,
    received_at     DATETIME(6)  NOT NULL,
    status          VARCHAR(16)  NOT NULL,
    ack_code        VARCHAR(2)   NOT NULL,
    reason          VARCHAR(500) NULL,
    patient_id      BIGINT       NULL,
    raw_enc         MEDIUMBLOB   NOT NULL,
    created_at      DATETIME(6)  NOT NULL,
    created_by      VARCHAR(64)  NOT NULL,
    updated_at      DATETIME(6)  NOT NULL,
    updated_by      VARCHAR(64)  NOT NULL,
    version         BIGINT       NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_lab_message_sender_control UNIQUE (sender, control_id),
    INDEX ix_lab_message_status (status, received_at),
    CONSTRAINT fk_lab_message_patient FOREIGN KEY (patient_id) REFERENCES patient (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

-- One observation (OBX) of a stored result; the value and the notes are PHI and encrypted.
CREATE TABLE lab_observation (
    id                  BIGINT       NOT NULL AUTO_INCREMENT,
    message_id          BIGINT       NOT NULL,
    patient_id          BIGINT       NULL,
    placer_order_number VARCHAR(199) NULL,
    filler_order_number VARCHAR(199) NULL,
    test_code           VARCHAR(64)  NULL,
    set_id              INT          NOT NULL,
    code                VARCHAR(64)  NULL,
    code_system         VARCHAR(32)  NULL,
    name                VARCHAR(255) NULL,
    value_type          VARCHAR(8)   NULL,
    value_enc           BLOB         NULL,
    units               VARCHAR(64)  NULL,
    reference_range     VARCHAR(64)  NULL,
    abnormal_flag       VARCHAR(16)  NULL,
    result_status       VARCHAR(4)   NULL,
    observed_at         DATETIME(6)  NULL,
    notes_enc           BLOB         NULL,
    created_at          DATETIME(6)  NOT NULL,
    created_by          VARCHAR(64)  NOT NULL,
    updated_at          DATETIME(6)  NOT NULL,
    updated_by          VARCHAR(64)  NOT NULL,
    version             BIGINT       NOT NULL,
    PRIMARY KEY (id),
    INDEX ix_lab_observation_patient (patient_id, code, observed_at),
    CONSTRAINT fk_lab_observation_message FOREIGN KEY (message_id) REFERENCES lab_message (id),
    CONSTRAINT fk_lab_observation_patient FOREIGN KEY (patient_id) REFERENCES patient (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;
