-- Insurance claims: the insurer's share of an invoice is claimed through the INSURANCE gateway as a
-- payment of its own. The invoice keeps what credit notes took off the insurer's share and what the
-- insurer paid, so the insurer's outstanding is a column sum like the patient's.
ALTER TABLE billing_invoice
    ADD COLUMN insurer_credited_amount DECIMAL(14,2) NOT NULL DEFAULT 0,
    ADD COLUMN insurer_paid_amount     DECIMAL(14,2) NOT NULL DEFAULT 0;

UPDATE billing_invoice i
JOIN (SELECT credited_invoice_id, SUM(insurer_share) AS credited
      FROM billing_invoice WHERE kind = 'CREDIT_NOTE' GROUP BY credited_invoice_id) c ON c.credited_invoice_id = i.id
SET i.insurer_credited_amount = c.credited;

-- What a claim asked for when the insurer approved less (the payment's amount is what was approved).
ALTER TABLE billing_payment
    ADD COLUMN requested_amount DECIMAL(14,2) NULL;

-- The claim job looks for insured invoices in id order.
CREATE INDEX ix_billing_invoice_payer ON billing_invoice (payer_id, id);
