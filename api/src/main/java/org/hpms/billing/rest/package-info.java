/** REST adapters of billing: invoices, payments and refunds (each request under an Idempotency-Key header), cashier sessions. */
package org.hpms.billing.rest;
