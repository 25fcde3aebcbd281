-- What a billing-cycle run could not bill, and why (a charge without a price, an account whose
-- adjustments exceed its charges). The charge stays unbilled; the next run tries it again.
CREATE TABLE billing_cycle_exception (
    id                BIGINT        NOT NULL AUTO_INCREMENT,
    job_execution_id  BIGINT        NOT NULL,
    charge_id         BIGINT        NOT NULL,
    patient_id        BIGINT        NOT NULL,
    service_code      VARCHAR(32)   NOT NULL,
    reason            VARCHAR(500)  NOT NULL,
    recorded_at       DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    INDEX ix_billing_cycle_exception_execution (job_execution_id),
    CONSTRAINT fk_billing_cycle_exception_charge FOREIGN KEY (charge_id) REFERENCES billing_charge (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;
