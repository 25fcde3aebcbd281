-- Foundation schema: staff accounts (read by the Elytron JDBC realm at login), patients with
-- encrypted demographics and blind indexes, MRN serials, and the hash-chained audit trail.

CREATE TABLE staff_user (
    id                  BIGINT       NOT NULL AUTO_INCREMENT,
    username            VARCHAR(64)  NOT NULL,
    full_name           VARCHAR(200) NOT NULL,
    password_hash       VARCHAR(100) NOT NULL,
    password_changed_at DATETIME(6)  NOT NULL,
    enabled             BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at          DATETIME(6)  NOT NULL,
    created_by          VARCHAR(64)  NOT NULL,
    updated_at          DATETIME(6)  NOT NULL,
    updated_by          VARCHAR(64)  NOT NULL,
    version             BIGINT       NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_staff_user_username UNIQUE (username)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE staff_user_role (
    staff_user_id BIGINT      NOT NULL,
    role_name     VARCHAR(32) NOT NULL,
    PRIMARY KEY (staff_user_id, role_name),
    CONSTRAINT fk_staff_user_role_user FOREIGN KEY (staff_user_id) REFERENCES staff_user (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE id_sequence (
    name       VARCHAR(64) NOT NULL,
    next_value BIGINT      NOT NULL,
    PRIMARY KEY (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO id_sequence (name, next_value) VALUES ('MRN', 10000000);

-- *_enc columns: AES-256-GCM ciphertext (version, key id, IV, ciphertext, tag).
-- *_bidx columns: 64-bit keyed HMAC blind indexes of the normalised value.
CREATE TABLE patient (
    id                          BIGINT          NOT NULL AUTO_INCREMENT,
    mrn                         VARCHAR(16)     NOT NULL,
    given_name_enc              VARBINARY(512)  NOT NULL,
    family_name_enc             VARBINARY(512)  NOT NULL,
    sex                         VARCHAR(16)     NOT NULL,
    birth_date_enc              VARBINARY(64)   NOT NULL,
    phone_enc                   VARBINARY(256)  NULL,
    national_id_enc             VARBINARY(256)  NULL,
    address_enc                 VARBINARY(2100) NULL,
    emergency_contact_name_enc  VARBINARY(900)  NULL,
    emergency_contact_phone_enc VARBINARY(256)  NULL,
    birth_date_bidx             BIGINT          NOT NULL,
    phone_bidx                  BIGINT          NULL,
    national_id_bidx            BIGINT          NULL,
    created_at                  DATETIME(6)     NOT NULL,
    created_by                  VARCHAR(64)     NOT NULL,
    updated_at                  DATETIME(6)     NOT NULL,
    updated_by                  VARCHAR(64)     NOT NULL,
    version                     BIGINT          NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_patient_mrn UNIQUE (mrn),
    CONSTRAINT uk_patient_national_id UNIQUE (national_id_bidx),
    INDEX ix_patient_phone (phone_bidx),
    INDEX ix_patient_birth_date (birth_date_bidx)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One row per indexed name prefix of a patient; the primary key serves "which patients have this prefix".
CREATE TABLE patient_name_token (
    token_hash BIGINT NOT NULL,
    patient_id BIGINT NOT NULL,
    PRIMARY KEY (token_hash, patient_id),
    INDEX ix_patient_name_token_patient (patient_id),
    CONSTRAINT fk_patient_name_token_patient FOREIGN KEY (patient_id) REFERENCES patient (id)
) ENGINE = InnoDB;

-- Append-only; row_hash = HMAC(audit key, prev_hash || canonical row). The application's database
-- user needs only INSERT and SELECT here in production.
CREATE TABLE audit_event (
    seq         BIGINT       NOT NULL,
    occurred_at DATETIME(6)  NOT NULL,
    username    VARCHAR(64)  NOT NULL,
    roles       VARCHAR(200) NOT NULL,
    action      VARCHAR(64)  NOT NULL,
    patient_mrn VARCHAR(16)  NULL,
    outcome     VARCHAR(16)  NOT NULL,
    detail      VARCHAR(500) NULL,
    prev_hash   CHAR(64)     NOT NULL,
    row_hash    CHAR(64)     NOT NULL,
    PRIMARY KEY (seq),
    INDEX ix_audit_event_patient (patient_mrn, seq),
    INDEX ix_audit_event_user (username, seq)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE audit_chain_head (
    id        INT      NOT NULL,
    last_seq  BIGINT   NOT NULL,
    last_hash CHAR(64) NOT NULL,
    PRIMARY KEY (id)
) ENGINE = InnoDB;

INSERT INTO audit_chain_head (id, last_seq, last_hash) VALUES (1, 0, REPEAT('0', 64));
