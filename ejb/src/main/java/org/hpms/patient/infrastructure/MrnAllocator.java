package org.hpms.patient.infrastructure;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.hpms.patient.domain.MedicalRecordNumber;
import org.hpms.security.Roles;

/**
 * Hands out MRN serials from the id_sequence table. Its own short transaction keeps the row lock
 * brief, so concurrent registrations do not queue behind each other; a registration that then
 * fails leaves a gap in the serials, which is harmless for MRNs.
 */
@Stateless
@RolesAllowed({Roles.RECEPTIONIST, Roles.ADMIN})
public class MrnAllocator {

    @PersistenceContext
    EntityManager em;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public MedicalRecordNumber next() {
        // LAST_INSERT_ID(expr) returns the new value to this connection without a second locking read.
        em.createNativeQuery("UPDATE id_sequence SET next_value = LAST_INSERT_ID(next_value + 1) WHERE name = 'MRN'")
                .executeUpdate();
        long serial = ((Number) em.createNativeQuery("SELECT LAST_INSERT_ID()").getSingleResult()).longValue();
        return MedicalRecordNumber.fromSerial(serial - 1);
    }
}
