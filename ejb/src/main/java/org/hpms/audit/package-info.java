/**
 * The audit trail of access to patient data: append-only rows linked by a keyed hash chain
 * (HMAC-SHA256 with a key outside the database), so that editing, inserting or deleting a row is
 * detectable by {@link org.hpms.audit.application.AuditTrailQueryService#verifyChain()}.
 */
package org.hpms.audit;
