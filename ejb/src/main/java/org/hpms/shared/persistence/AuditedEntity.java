package org.hpms.shared.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * Base of every HPMS entity: who created and last changed the row and when (filled by
 * {@link AuditColumnsListener}, never by hand) and a version for optimistic locking.
 */
@MappedSuperclass
@EntityListeners(AuditColumnsListener.class)
public abstract class AuditedEntity {

    @Column(name = "created_at", nullable = false, updatable = false)
    Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false, length = 64)
    String createdBy;

    @Column(name = "updated_at", nullable = false)
    Instant updatedAt;

    @Column(name = "updated_by", nullable = false, length = 64)
    String updatedBy;

    @Version
    @Column(name = "version", nullable = false)
    long version;

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public long getVersion() {
        return version;
    }
}
