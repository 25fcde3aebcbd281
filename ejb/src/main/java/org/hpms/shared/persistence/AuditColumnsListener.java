package org.hpms.shared.persistence;

import jakarta.inject.Inject;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import java.security.Principal;
import java.time.Instant;

/** Fills the created/updated columns of {@link AuditedEntity} from the caller's identity. */
public class AuditColumnsListener {

    /** Name recorded for work done by the application itself (start-up, timers). */
    static final String SYSTEM = "system";

    @Inject
    Principal caller;

    @PrePersist
    void beforeInsert(AuditedEntity entity) {
        Instant now = Instant.now();
        String who = callerName();
        entity.createdAt = now;
        entity.createdBy = who;
        entity.updatedAt = now;
        entity.updatedBy = who;
    }

    @PreUpdate
    void beforeUpdate(AuditedEntity entity) {
        entity.updatedAt = Instant.now();
        entity.updatedBy = callerName();
    }

    private String callerName() {
        String name;
        try {
            name = caller == null ? null : caller.getName();
        } catch (IllegalStateException noSecurityContext) {
            return SYSTEM; // message-driven work (reminder delivery) runs without a caller
        }
        return name == null || name.isBlank() || "anonymous".equals(name) ? SYSTEM : name;
    }
}
