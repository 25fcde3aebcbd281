/**
 * Billing: the price list (chargemaster: services, dated prices, tax), discount schemes and insurers'
 * contracts; charges captured from services rendered (completed appointments, resulted lab orders,
 * bed-days, procedures; one per source) and by hand with a reason; invoices and credit notes with
 * gapless numbers and the patient/insurer split; payments through gateways (cash at the counter in
 * cashier sessions), each request under an idempotency key.
 */
package org.hpms.billing;
