-- The payment method a card payment was made with (Stripe's pm_... id, not card data): asking the
-- gateway again under the same idempotency key needs the very same request.
ALTER TABLE billing_payment ADD COLUMN payment_method VARCHAR(100) NULL AFTER gateway_reference;
