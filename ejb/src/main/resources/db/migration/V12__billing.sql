-- Billing: the price list (chargemaster), discount schemes, insurers' contracts, the patient's
-- billing plan, charges captured from services rendered, invoices and credit notes, cashier
-- sessions and payments. Money is DECIMAL(14,2) with its ISO 4217 currency beside it.

CREATE TABLE billing_service (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    code        VARCHAR(32)   NOT NULL,
    name        VARCHAR(200)  NOT NULL,
    category    VARCHAR(16)   NOT NULL,
    department  VARCHAR(60)   NOT NULL,
    tax_rate    DECIMAL(5,2)  NOT NULL,
    active      BOOLEAN       NOT NULL,
    created_at  DATETIME(6)   NOT NULL,
    created_by  VARCHAR(64)   NOT NULL,
    updated_at  DATETIME(6)   NOT NULL,
    updated_by  VARCHAR(64)   NOT NULL,
    version     BIGINT        NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_billing_service_code UNIQUE (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

-- A price holds from effective_from (inclusive) until the next price of the same service and
-- currency starts; a charge is priced at the date it was rendered.
CREATE TABLE billing_price (
    id              BIGINT         NOT NULL AUTO_INCREMENT,
    service_id      BIGINT         NOT NULL,
    currency        CHAR(3)        NOT NULL,
    amount          DECIMAL(14,2)  NOT NULL,
    effective_from  DATE           NOT NULL,
    created_at      DATETIME(6)    NOT NULL,
    created_by      VARCHAR(64)    NOT NULL,
    updated_at      DATETIME(6)    NOT NULL,
    updated_by      VARCHAR(64)    NOT NULL,
    version         BIGINT         NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_billing_price_start UNIQUE (service_id, currency, effective_from),
    CONSTRAINT fk_billing_price_service FOREIGN KEY (service_id) REFERENCES billing_service (id),
    CONSTRAINT ck_billing_price_amount CHECK (amount >= 0)
) ENGINE = InnoDB;

CREATE TABLE billing_discount_scheme (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    code            VARCHAR(32)   NOT NULL,
    name            VARCHAR(120)  NOT NULL,
    percent         DECIMAL(5,2)  NOT NULL,
    needs_approval  BOOLEAN       NOT NULL,
    active          BOOLEAN       NOT NULL,
    created_at      DATETIME(6)   NOT NULL,
    created_by      VARCHAR(64)   NOT NULL,
    updated_at      DATETIME(6)   NOT NULL,
    updated_by      VARCHAR(64)   NOT NULL,
    version         BIGINT        NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_billing_discount_scheme_code UNIQUE (code),
    CONSTRAINT ck_billing_discount_percent CHECK (percent > 0 AND percent <= 100)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

-- An insurer and its contract: which categories of service it covers, the patient's co-pay and the
-- most it pays on one invoice.
CREATE TABLE billing_payer (
    id                   BIGINT         NOT NULL AUTO_INCREMENT,
    code                 VARCHAR(32)    NOT NULL,
    name                 VARCHAR(120)   NOT NULL,
    copay_percent        DECIMAL(5,2)   NOT NULL,
    ceiling_per_invoice  DECIMAL(14,2)  NULL,
    active               BOOLEAN        NOT NULL,
    created_at           DATETIME(6)    NOT NULL,
    created_by           VARCHAR(64)    NOT NULL,
    updated_at           DATETIME(6)    NOT NULL,
    updated_by           VARCHAR(64)    NOT NULL,
    version              BIGINT         NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_billing_payer_code UNIQUE (code),
    CONSTRAINT ck_billing_payer_copay CHECK (copay_percent >= 0 AND copay_percent <= 100)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

CREATE TABLE billing_payer_coverage (
    payer_id  BIGINT       NOT NULL,
    category  VARCHAR(16)  NOT NULL,
    PRIMARY KEY (payer_id, category),
    CONSTRAINT fk_billing_payer_coverage_payer FOREIGN KEY (payer_id) REFERENCES billing_payer (id)
) ENGINE = InnoDB;

-- How a patient pays: a discount scheme (charity and staff schemes count once approved) and an
-- insurer with the member number (PHI, encrypted).
CREATE TABLE billing_patient_plan (
    id                    BIGINT       NOT NULL AUTO_INCREMENT,
    patient_id            BIGINT       NOT NULL,
    discount_scheme_id    BIGINT       NULL,
    discount_requested_by VARCHAR(64)  NULL,
    discount_approved_by  VARCHAR(64)  NULL,
    discount_approved_at  DATETIME(6)  NULL,
    payer_id              BIGINT       NULL,
    member_number_enc     BLOB         NULL,
    created_at            DATETIME(6)  NOT NULL,
    created_by            VARCHAR(64)  NOT NULL,
    updated_at            DATETIME(6)  NOT NULL,
    updated_by            VARCHAR(64)  NOT NULL,
    version               BIGINT       NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_billing_patient_plan_patient UNIQUE (patient_id),
    CONSTRAINT fk_billing_patient_plan_patient FOREIGN KEY (patient_id) REFERENCES patient (id),
    CONSTRAINT fk_billing_patient_plan_scheme FOREIGN KEY (discount_scheme_id) REFERENCES billing_discount_scheme (id),
    CONSTRAINT fk_billing_patient_plan_payer FOREIGN KEY (payer_id) REFERENCES billing_payer (id)
) ENGINE = InnoDB;

-- Invoices and credit notes. The number is handed out when the invoice is issued, from a counter
-- row locked by the issuing transaction, so numbers have no gaps. Shares: what the patient owes and
-- what the insurer owes; credited: the patient share taken back by credit notes.
CREATE TABLE billing_invoice (
    id                   BIGINT         NOT NULL AUTO_INCREMENT,
    public_id            CHAR(36)       NOT NULL,
    number               VARCHAR(32)    NULL,
    kind                 VARCHAR(12)    NOT NULL,
    patient_id           BIGINT         NOT NULL,
    status               VARCHAR(16)    NOT NULL,
    currency             CHAR(3)        NOT NULL,
    gross_total          DECIMAL(14,2)  NOT NULL,
    discount_total       DECIMAL(14,2)  NOT NULL,
    tax_total            DECIMAL(14,2)  NOT NULL,
    total                DECIMAL(14,2)  NOT NULL,
    patient_share        DECIMAL(14,2)  NOT NULL,
    insurer_share        DECIMAL(14,2)  NOT NULL,
    paid_amount          DECIMAL(14,2)  NOT NULL,
    credited_amount      DECIMAL(14,2)  NOT NULL,
    discount_scheme      VARCHAR(32)    NULL,
    payer_id             BIGINT         NULL,
    credited_invoice_id  BIGINT         NULL,
    billed_until         DATETIME(6)    NOT NULL,
    issued_at            DATETIME(6)    NULL,
    issued_by            VARCHAR(64)    NULL,
    voided_at            DATETIME(6)    NULL,
    voided_by            VARCHAR(64)    NULL,
    void_reason          VARCHAR(500)   NULL,
    created_at           DATETIME(6)    NOT NULL,
    created_by           VARCHAR(64)    NOT NULL,
    updated_at           DATETIME(6)    NOT NULL,
    updated_by           VARCHAR(64)    NOT NULL,
    version              BIGINT         NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_billing_invoice_public_id UNIQUE (public_id),
    CONSTRAINT uk_billing_invoice_number UNIQUE (number),
    INDEX ix_billing_invoice_patient (patient_id, status),
    INDEX ix_billing_invoice_status (status, issued_at),
    CONSTRAINT fk_billing_invoice_patient FOREIGN KEY (patient_id) REFERENCES patient (id),
    CONSTRAINT fk_billing_invoice_payer FOREIGN KEY (payer_id) REFERENCES billing_payer (id),
    CONSTRAINT fk_billing_invoice_credited FOREIGN KEY (credited_invoice_id) REFERENCES billing_invoice (id)
) ENGINE = InnoDB;

-- What was rendered and is to be paid for. A source (a completed appointment, a resulted lab order,
-- a night of an admission, a procedure) is charged at most once: unique (source_type, source_ref).
-- A charge is priced when it is invoiced, at the price of the day it was rendered.
CREATE TABLE billing_charge (
    id              BIGINT         NOT NULL AUTO_INCREMENT,
    public_id       CHAR(36)       NOT NULL,
    patient_id      BIGINT         NOT NULL,
    source_type     VARCHAR(16)    NOT NULL,
    source_ref      VARCHAR(199)   NOT NULL,
    service_code    VARCHAR(32)    NOT NULL,
    description     VARCHAR(200)   NOT NULL,
    quantity        INT            NOT NULL,
    fixed_amount    DECIMAL(14,2)  NULL,
    department      VARCHAR(60)    NULL,
    doctor          VARCHAR(64)    NULL,
    rendered_at     DATETIME(6)    NOT NULL,
    status          VARCHAR(12)    NOT NULL,
    invoice_id      BIGINT         NULL,
    reason          VARCHAR(500)   NULL,
    cancelled_at    DATETIME(6)    NULL,
    cancelled_by    VARCHAR(64)    NULL,
    cancel_reason   VARCHAR(500)   NULL,
    created_at      DATETIME(6)    NOT NULL,
    created_by      VARCHAR(64)    NOT NULL,
    updated_at      DATETIME(6)    NOT NULL,
    updated_by      VARCHAR(64)    NOT NULL,
    version         BIGINT         NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_billing_charge_public_id UNIQUE (public_id),
    CONSTRAINT uk_billing_charge_source UNIQUE (source_type, source_ref),
    INDEX ix_billing_charge_unbilled (status, patient_id, rendered_at),
    INDEX ix_billing_charge_invoice (invoice_id),
    CONSTRAINT fk_billing_charge_patient FOREIGN KEY (patient_id) REFERENCES patient (id),
    CONSTRAINT fk_billing_charge_invoice FOREIGN KEY (invoice_id) REFERENCES billing_invoice (id),
    CONSTRAINT ck_billing_charge_quantity CHECK (quantity > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

CREATE TABLE billing_invoice_line (
    id              BIGINT         NOT NULL AUTO_INCREMENT,
    invoice_id      BIGINT         NOT NULL,
    position        INT            NOT NULL,
    charge_id       BIGINT         NULL,
    service_code    VARCHAR(32)    NOT NULL,
    description     VARCHAR(200)   NOT NULL,
    category        VARCHAR(16)    NOT NULL,
    department      VARCHAR(60)    NULL,
    doctor          VARCHAR(64)    NULL,
    rendered_at     DATETIME(6)    NOT NULL,
    quantity        INT            NOT NULL,
    unit_price      DECIMAL(14,2)  NOT NULL,
    gross           DECIMAL(14,2)  NOT NULL,
    discount        DECIMAL(14,2)  NOT NULL,
    tax             DECIMAL(14,2)  NOT NULL,
    amount          DECIMAL(14,2)  NOT NULL,
    patient_share   DECIMAL(14,2)  NOT NULL,
    insurer_share   DECIMAL(14,2)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_billing_invoice_line_position UNIQUE (invoice_id, position),
    CONSTRAINT uk_billing_invoice_line_charge UNIQUE (invoice_id, charge_id),
    INDEX ix_billing_invoice_line_charge (charge_id),
    CONSTRAINT fk_billing_invoice_line_invoice FOREIGN KEY (invoice_id) REFERENCES billing_invoice (id),
    CONSTRAINT fk_billing_invoice_line_charge FOREIGN KEY (charge_id) REFERENCES billing_charge (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

-- A cashier's drawer from opening to closing; at most one open session per cashier.
CREATE TABLE billing_cashier_session (
    id               BIGINT         NOT NULL AUTO_INCREMENT,
    public_id        CHAR(36)       NOT NULL,
    cashier          VARCHAR(64)    NOT NULL,
    currency         CHAR(3)        NOT NULL,
    opened_at        DATETIME(6)    NOT NULL,
    opening_balance  DECIMAL(14,2)  NOT NULL,
    closed_at        DATETIME(6)    NULL,
    expected_cash    DECIMAL(14,2)  NULL,
    counted_cash     DECIMAL(14,2)  NULL,
    open_cashier     VARCHAR(64)    AS (IF(closed_at IS NULL, cashier, NULL)) STORED,
    created_at       DATETIME(6)    NOT NULL,
    created_by       VARCHAR(64)    NOT NULL,
    updated_at       DATETIME(6)    NOT NULL,
    updated_by       VARCHAR(64)    NOT NULL,
    version          BIGINT         NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_billing_cashier_session_public_id UNIQUE (public_id),
    CONSTRAINT uk_billing_cashier_session_open UNIQUE (open_cashier)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

-- A payment or refund through one gateway. The caller's idempotency key makes a repeated request
-- return the first one's payment instead of taking the money twice.
CREATE TABLE billing_payment (
    id                  BIGINT         NOT NULL AUTO_INCREMENT,
    public_id           CHAR(36)       NOT NULL,
    invoice_id          BIGINT         NOT NULL,
    kind                VARCHAR(8)     NOT NULL,
    gateway             VARCHAR(16)    NOT NULL,
    amount              DECIMAL(14,2)  NOT NULL,
    currency            CHAR(3)        NOT NULL,
    status              VARCHAR(12)    NOT NULL,
    idempotency_key     VARCHAR(100)   NOT NULL,
    gateway_reference   VARCHAR(200)   NULL,
    failure_reason      VARCHAR(500)   NULL,
    cashier_session_id  BIGINT         NULL,
    refund_of           BIGINT         NULL,
    receipt_number      VARCHAR(32)    NULL,
    requested_at        DATETIME(6)    NOT NULL,
    requested_by        VARCHAR(64)    NOT NULL,
    settled_at          DATETIME(6)    NULL,
    created_at          DATETIME(6)    NOT NULL,
    created_by          VARCHAR(64)    NOT NULL,
    updated_at          DATETIME(6)    NOT NULL,
    updated_by          VARCHAR(64)    NOT NULL,
    version             BIGINT         NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_billing_payment_public_id UNIQUE (public_id),
    CONSTRAINT uk_billing_payment_idempotency UNIQUE (idempotency_key),
    CONSTRAINT uk_billing_payment_receipt UNIQUE (receipt_number),
    INDEX ix_billing_payment_invoice (invoice_id),
    INDEX ix_billing_payment_session (cashier_session_id),
    INDEX ix_billing_payment_status (status, gateway),
    CONSTRAINT fk_billing_payment_invoice FOREIGN KEY (invoice_id) REFERENCES billing_invoice (id),
    CONSTRAINT fk_billing_payment_session FOREIGN KEY (cashier_session_id) REFERENCES billing_cashier_session (id),
    CONSTRAINT fk_billing_payment_refund_of FOREIGN KEY (refund_of) REFERENCES billing_payment (id),
    CONSTRAINT ck_billing_payment_amount CHECK (amount > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

-- A starting price list in BDT (a hospital replaces it with its own): consultations by
-- specialization and visit type, the lab catalogue's price codes, registration, bed-days by ward
-- class and a few procedures. Health services are VAT-exempt in Bangladesh; the pharmacy-style
-- dressing pack carries 15% to show the tax path.
INSERT INTO billing_service (code, name, category, department, tax_rate, active, created_at, created_by, updated_at, updated_by, version)
SELECT CONCAT('CONS-', s.code, '-', v.visit_type), CONCAT(s.name, ' consultation (', v.label, ')'), 'CONSULTATION', s.name, 0, TRUE,
       NOW(6), 'flyway', NOW(6), 'flyway', 0
FROM specialization s CROSS JOIN (SELECT 'NEW' AS visit_type, 'new patient' AS label UNION ALL SELECT 'FOLLOW_UP', 'follow-up') v;

INSERT INTO billing_service (code, name, category, department, tax_rate, active, created_at, created_by, updated_at, updated_by, version)
SELECT price_code, name, 'LAB', 'Laboratory', 0, TRUE, NOW(6), 'flyway', NOW(6), 'flyway', 0 FROM lab_test;

INSERT INTO billing_service (code, name, category, department, tax_rate, active, created_at, created_by, updated_at, updated_by, version) VALUES
('REG-NEW',          'Registration fee',                       'REGISTRATION', 'Front office',    0,  TRUE, NOW(6), 'flyway', NOW(6), 'flyway', 0),
('BED-GENERAL',      'Bed-day, general ward',                  'BED_DAY',      'Inpatient wards', 0,  TRUE, NOW(6), 'flyway', NOW(6), 'flyway', 0),
('BED-SEMI-PRIVATE', 'Bed-day, semi-private cabin',            'BED_DAY',      'Inpatient wards', 0,  TRUE, NOW(6), 'flyway', NOW(6), 'flyway', 0),
('BED-PRIVATE',      'Bed-day, private cabin',                 'BED_DAY',      'Inpatient wards', 0,  TRUE, NOW(6), 'flyway', NOW(6), 'flyway', 0),
('BED-ICU',          'Bed-day, intensive care',                'BED_DAY',      'Intensive care',  0,  TRUE, NOW(6), 'flyway', NOW(6), 'flyway', 0),
('PROC-ECG',         'Electrocardiogram, 12-lead',             'PROCEDURE',    'Cardiology',      0,  TRUE, NOW(6), 'flyway', NOW(6), 'flyway', 0),
('PROC-NEBULISATION','Nebulisation',                           'PROCEDURE',    'Emergency',       0,  TRUE, NOW(6), 'flyway', NOW(6), 'flyway', 0),
('PROC-DRESSING',    'Wound dressing with dressing pack',      'PROCEDURE',    'Emergency',       15, TRUE, NOW(6), 'flyway', NOW(6), 'flyway', 0);

INSERT INTO billing_price (service_id, currency, amount, effective_from, created_at, created_by, updated_at, updated_by, version)
SELECT s.id, 'BDT', p.amount, '2020-01-01', NOW(6), 'flyway', NOW(6), 'flyway', 0 FROM billing_service s JOIN (
    SELECT 'CONS-%-NEW' AS pattern, 1000.00 AS amount UNION ALL SELECT 'CONS-%-FOLLOW_UP', 600.00
    UNION ALL SELECT 'LAB-CHEM-NA', 350.00 UNION ALL SELECT 'LAB-CHEM-K', 350.00 UNION ALL SELECT 'LAB-CHEM-GLU', 200.00
    UNION ALL SELECT 'LAB-CHEM-CREA', 400.00 UNION ALL SELECT 'LAB-HEM-HGB', 250.00 UNION ALL SELECT 'LAB-HEM-WBC', 250.00
    UNION ALL SELECT 'LAB-HEM-PLT', 250.00 UNION ALL SELECT 'LAB-CHEM-TNI', 1800.00 UNION ALL SELECT 'LAB-CHEM-A1C', 1200.00
    UNION ALL SELECT 'LAB-PANEL-BMP', 1100.00 UNION ALL SELECT 'LAB-PANEL-CBC', 450.00
    UNION ALL SELECT 'REG-NEW', 200.00 UNION ALL SELECT 'BED-GENERAL', 1500.00 UNION ALL SELECT 'BED-SEMI-PRIVATE', 3500.00
    UNION ALL SELECT 'BED-PRIVATE', 6000.00 UNION ALL SELECT 'BED-ICU', 18000.00 UNION ALL SELECT 'PROC-ECG', 500.00
    UNION ALL SELECT 'PROC-NEBULISATION', 300.00 UNION ALL SELECT 'PROC-DRESSING', 400.00
) p ON s.code LIKE p.pattern;

-- Cardiology and neurology consultants charge more.
UPDATE billing_price p JOIN billing_service s ON s.id = p.service_id
SET p.amount = p.amount + 500 WHERE s.code LIKE 'CONS-CARDIOLOGY-%' OR s.code LIKE 'CONS-NEUROLOGY-%';

INSERT INTO billing_discount_scheme (code, name, percent, needs_approval, active, created_at, created_by, updated_at, updated_by, version) VALUES
('STAFF',   'Hospital staff and their families', 50.00,  FALSE, TRUE, NOW(6), 'flyway', NOW(6), 'flyway', 0),
('SENIOR',  'Senior citizen (65 and over)',      20.00,  FALSE, TRUE, NOW(6), 'flyway', NOW(6), 'flyway', 0),
('CHARITY', 'Poor fund (charity)',                100.00, TRUE,  TRUE, NOW(6), 'flyway', NOW(6), 'flyway', 0);

INSERT INTO billing_payer (code, name, copay_percent, ceiling_per_invoice, active, created_at, created_by, updated_at, updated_by, version) VALUES
('GREEN-DELTA', 'Green Delta Insurance (corporate health)', 20.00, 20000.00, TRUE, NOW(6), 'flyway', NOW(6), 'flyway', 0),
('METLIFE-BD',  'MetLife Bangladesh (group medical)',       10.00, NULL,     TRUE, NOW(6), 'flyway', NOW(6), 'flyway', 0);

INSERT INTO billing_payer_coverage (payer_id, category)
SELECT p.id, c.category FROM billing_payer p JOIN (
    SELECT 'GREEN-DELTA' AS payer, 'CONSULTATION' AS category UNION ALL SELECT 'GREEN-DELTA', 'LAB'
    UNION ALL SELECT 'METLIFE-BD', 'CONSULTATION' UNION ALL SELECT 'METLIFE-BD', 'LAB' UNION ALL SELECT 'METLIFE-BD', 'BED_DAY'
    UNION ALL SELECT 'METLIFE-BD', 'PROCEDURE'
) c ON c.payer = p.code;
