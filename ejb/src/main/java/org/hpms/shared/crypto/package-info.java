/**
 * PHI protection: AES-256-GCM encryption through JPA converters, keyed blind indexes for searching
 * encrypted fields, and the audit-chain MAC. Keys come from the key file named by HPMS_KEY_FILE,
 * never from the database.
 */
package org.hpms.shared.crypto;
