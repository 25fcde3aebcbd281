/** Persistence conventions shared by all entities: audit columns and optimistic locking. */
package org.hpms.shared.persistence;
