-- The test catalogue: what can be ordered (single tests and panels), coded in LOINC, with the
-- specimen, UCUM units, the price code billing charges by and the promised turnaround.
CREATE TABLE lab_test (
    id                  BIGINT       NOT NULL AUTO_INCREMENT,
    code                VARCHAR(32)  NOT NULL,
    loinc_code          VARCHAR(16)  NOT NULL,
    name                VARCHAR(200) NOT NULL,
    panel               BOOLEAN      NOT NULL,
    specimen_type       VARCHAR(40)  NOT NULL,
    units               VARCHAR(32)  NULL,
    price_code          VARCHAR(32)  NOT NULL,
    turnaround_minutes  INT          NOT NULL,
    active              BOOLEAN      NOT NULL,
    created_at          DATETIME(6)  NOT NULL,
    created_by          VARCHAR(64)  NOT NULL,
    updated_at          DATETIME(6)  NOT NULL,
    updated_by          VARCHAR(64)  NOT NULL,
    version             BIGINT       NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_lab_test_code UNIQUE (code),
    CONSTRAINT uk_lab_test_loinc UNIQUE (loinc_code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

CREATE TABLE lab_panel_member (
    panel_id   BIGINT NOT NULL,
    test_id    BIGINT NOT NULL,
    position   INT    NOT NULL,
    PRIMARY KEY (panel_id, test_id),
    CONSTRAINT fk_lab_panel_member_panel FOREIGN KEY (panel_id) REFERENCES lab_test (id),
    CONSTRAINT fk_lab_panel_member_test FOREIGN KEY (test_id) REFERENCES lab_test (id)
) ENGINE = InnoDB;

-- Reference and critical limits by sex (NULL: either) and age band [age_from_days, age_to_days).
CREATE TABLE lab_reference_range (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    test_id        BIGINT        NOT NULL,
    sex            VARCHAR(8)    NULL,
    age_from_days  INT           NOT NULL,
    age_to_days    INT           NULL,
    low            DECIMAL(14,4) NULL,
    high           DECIMAL(14,4) NULL,
    critical_low   DECIMAL(14,4) NULL,
    critical_high  DECIMAL(14,4) NULL,
    PRIMARY KEY (id),
    INDEX ix_lab_reference_range_test (test_id),
    CONSTRAINT fk_lab_reference_range_test FOREIGN KEY (test_id) REFERENCES lab_test (id)
) ENGINE = InnoDB;

-- A test or panel a doctor ordered. The placer order number is ours, whole (HL7 EI.1 allows 199).
CREATE TABLE lab_order (
    id                   BIGINT       NOT NULL AUTO_INCREMENT,
    placer_order_number  VARCHAR(199) NOT NULL,
    filler_order_number  VARCHAR(199) NULL,
    patient_id           BIGINT       NOT NULL,
    encounter_id         BIGINT       NULL,
    test_id              BIGINT       NOT NULL,
    ordering_doctor      VARCHAR(64)  NOT NULL,
    priority             VARCHAR(8)   NOT NULL,
    status               VARCHAR(16)  NOT NULL,
    clinical_info_enc    BLOB         NULL,
    ordered_at           DATETIME(6)  NOT NULL,
    accession_number     VARCHAR(64)  NULL,
    collected_at         DATETIME(6)  NULL,
    collected_by         VARCHAR(64)  NULL,
    resulted_at          DATETIME(6)  NULL,
    cancelled_reason     VARCHAR(500) NULL,
    created_at           DATETIME(6)  NOT NULL,
    created_by           VARCHAR(64)  NOT NULL,
    updated_at           DATETIME(6)  NOT NULL,
    updated_by           VARCHAR(64)  NOT NULL,
    version              BIGINT       NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_lab_order_placer UNIQUE (placer_order_number),
    CONSTRAINT uk_lab_order_accession UNIQUE (accession_number),
    INDEX ix_lab_order_patient (patient_id, ordered_at),
    INDEX ix_lab_order_encounter (encounter_id),
    INDEX ix_lab_order_status (status, ordered_at),
    INDEX ix_lab_order_filler (filler_order_number),
    CONSTRAINT fk_lab_order_patient FOREIGN KEY (patient_id) REFERENCES patient (id),
    CONSTRAINT fk_lab_order_encounter FOREIGN KEY (encounter_id) REFERENCES encounter (id),
    CONSTRAINT fk_lab_order_test FOREIGN KEY (test_id) REFERENCES lab_test (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

INSERT INTO id_sequence (name, next_value) VALUES ('LAB_ORDER', 1);

-- One resulted test (an OBR and its OBX) as a doctor reviews it. A later report of the same order and
-- test (final after preliminary, a correction) supersedes it; the earlier one stays, as history.
CREATE TABLE lab_report (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    message_id      BIGINT       NOT NULL,
    order_id        BIGINT       NULL,
    patient_id      BIGINT       NOT NULL,
    reviewer        VARCHAR(64)  NOT NULL,
    filler_order_number VARCHAR(199) NULL,
    test_code       VARCHAR(64)  NULL,
    test_name       VARCHAR(255) NULL,
    result_status   VARCHAR(4)   NULL,
    abnormal        BOOLEAN      NOT NULL,
    critical        BOOLEAN      NOT NULL,
    received_at     DATETIME(6)  NOT NULL,
    observed_at     DATETIME(6)  NULL,
    superseded_by   BIGINT       NULL,
    signed_off_at   DATETIME(6)  NULL,
    signed_off_by   VARCHAR(64)  NULL,
    created_at      DATETIME(6)  NOT NULL,
    created_by      VARCHAR(64)  NOT NULL,
    updated_at      DATETIME(6)  NOT NULL,
    updated_by      VARCHAR(64)  NOT NULL,
    version         BIGINT       NOT NULL,
    PRIMARY KEY (id),
    INDEX ix_lab_report_inbox (reviewer, signed_off_at, superseded_by),
    INDEX ix_lab_report_order (order_id, test_code),
    INDEX ix_lab_report_filler (filler_order_number),
    INDEX ix_lab_report_patient (patient_id, received_at),
    CONSTRAINT fk_lab_report_message FOREIGN KEY (message_id) REFERENCES lab_message (id),
    CONSTRAINT fk_lab_report_order FOREIGN KEY (order_id) REFERENCES lab_order (id),
    CONSTRAINT fk_lab_report_patient FOREIGN KEY (patient_id) REFERENCES patient (id),
    CONSTRAINT fk_lab_report_superseded FOREIGN KEY (superseded_by) REFERENCES lab_report (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

ALTER TABLE lab_observation
    ADD COLUMN report_id BIGINT NULL AFTER message_id,
    ADD COLUMN critical BOOLEAN NOT NULL DEFAULT FALSE AFTER abnormal_flag,
    ADD COLUMN flag_source VARCHAR(12) NULL AFTER critical,
    ADD CONSTRAINT fk_lab_observation_report FOREIGN KEY (report_id) REFERENCES lab_report (id);

-- A starting catalogue (LOINC codes and common adult/child reference intervals; a laboratory
-- replaces the limits with its own validated ones).
INSERT INTO lab_test (code, loinc_code, name, panel, specimen_type, units, price_code, turnaround_minutes, active,
                      created_at, created_by, updated_at, updated_by, version) VALUES
('NA',    '2951-2',  'Sodium [Moles/volume] in Serum or Plasma',             FALSE, 'Serum', 'mmol/L',  'LAB-CHEM-NA',   120, TRUE, NOW(6), 'flyway', NOW(6), 'flyway', 0),
('K',     '2823-3',  'Potassium [Moles/volume] in Serum or Plasma',          FALSE, 'Serum', 'mmol/L',  'LAB-CHEM-K',    120, TRUE, NOW(6), 'flyway', NOW(6), 'flyway', 0),
('GLU',   '2345-7',  'Glucose [Mass/volume] in Serum or Plasma',             FALSE, 'Serum', 'mg/dL',   'LAB-CHEM-GLU',  120, TRUE, NOW(6), 'flyway', NOW(6), 'flyway', 0),
('CREA',  '2160-0',  'Creatinine [Mass/volume] in Serum or Plasma',          FALSE, 'Serum', 'mg/dL',   'LAB-CHEM-CREA', 120, TRUE, NOW(6), 'flyway', NOW(6), 'flyway', 0),
('HGB',   '718-7',   'Hemoglobin [Mass/volume] in Blood',                    FALSE, 'Whole blood', 'g/dL',     'LAB-HEM-HGB',  60, TRUE, NOW(6), 'flyway', NOW(6), 'flyway', 0),
('WBC',   '6690-2',  'Leukocytes [#/volume] in Blood by Automated count',    FALSE, 'Whole blood', '10*3/uL',  'LAB-HEM-WBC',  60, TRUE, NOW(6), 'flyway', NOW(6), 'flyway', 0),
('PLT',   '777-3',   'Platelets [#/volume] in Blood by Automated count',     FALSE, 'Whole blood', '10*3/uL',  'LAB-HEM-PLT',  60, TRUE, NOW(6), 'flyway', NOW(6), 'flyway', 0),
('TROPI', '10839-9', 'Troponin I.cardiac [Mass/volume] in Serum or Plasma',  FALSE, 'Serum', 'ng/mL',   'LAB-CHEM-TNI',   60, TRUE, NOW(6), 'flyway', NOW(6), 'flyway', 0),
('HBA1C', '4548-4',  'Hemoglobin A1c/Hemoglobin.total in Blood',             FALSE, 'Whole blood', '%',        'LAB-CHEM-A1C', 1440, TRUE, NOW(6), 'flyway', NOW(6), 'flyway', 0),
('BMP',   '51990-0', 'Basic metabolic panel - Blood',                        TRUE,  'Serum', NULL,      'LAB-PANEL-BMP', 120, TRUE, NOW(6), 'flyway', NOW(6), 'flyway', 0),
('CBC',   '58410-2', 'CBC panel - Blood by Automated count',                 TRUE,  'Whole blood', NULL,       'LAB-PANEL-CBC', 60, TRUE, NOW(6), 'flyway', NOW(6), 'flyway', 0);

INSERT INTO lab_panel_member (panel_id, test_id, position)
SELECT p.id, t.id, m.position FROM lab_test p JOIN (
    SELECT 'BMP' AS panel, 'NA' AS test, 1 AS position UNION ALL SELECT 'BMP', 'K', 2 UNION ALL SELECT 'BMP', 'GLU', 3
    UNION ALL SELECT 'BMP', 'CREA', 4 UNION ALL SELECT 'CBC', 'HGB', 1 UNION ALL SELECT 'CBC', 'WBC', 2 UNION ALL SELECT 'CBC', 'PLT', 3
) m ON m.panel = p.code JOIN lab_test t ON t.code = m.test;

-- Ages in days: 6570 = 18 years.
INSERT INTO lab_reference_range (test_id, sex, age_from_days, age_to_days, low, high, critical_low, critical_high)
SELECT t.id, r.sex, r.age_from, r.age_to, r.low, r.high, r.critical_low, r.critical_high FROM lab_test t JOIN (
    SELECT 'NA' AS code, NULL AS sex, 0 AS age_from, NULL AS age_to, 136 AS low, 145 AS high, 120 AS critical_low, 160 AS critical_high
    UNION ALL SELECT 'K',     NULL,     0,    NULL, 3.5,  5.1,  2.8,  6.2
    UNION ALL SELECT 'GLU',   NULL,     0,    NULL, 70,   99,   40,   450
    UNION ALL SELECT 'CREA',  'MALE',   6570, NULL, 0.74, 1.35, NULL, 10
    UNION ALL SELECT 'CREA',  'FEMALE', 6570, NULL, 0.59, 1.04, NULL, 10
    UNION ALL SELECT 'CREA',  NULL,     0,    6570, 0.2,  0.7,  NULL, 10
    UNION ALL SELECT 'HGB',   'MALE',   6570, NULL, 13.5, 17.5, 7,    20
    UNION ALL SELECT 'HGB',   'FEMALE', 6570, NULL, 12.0, 15.5, 7,    20
    UNION ALL SELECT 'HGB',   NULL,     0,    6570, 11.0, 16.0, 7,    20
    UNION ALL SELECT 'WBC',   NULL,     0,    NULL, 4.5,  11.0, 2,    30
    UNION ALL SELECT 'PLT',   NULL,     0,    NULL, 150,  400,  50,   1000
    UNION ALL SELECT 'TROPI', NULL,     0,    NULL, NULL, 0.04, NULL, 0.5
    UNION ALL SELECT 'HBA1C', NULL,     0,    NULL, 4.0,  5.6,  NULL, 14
) r ON r.code = t.code;
