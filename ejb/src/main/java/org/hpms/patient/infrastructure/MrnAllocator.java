package org.hpms.patient.infrastructure;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.hpms.patient.domain.MedicalRecordNumber;
import org.hpms.security.Roles;
import org.hpms.shared.persistence.IdSequences;

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
        return MedicalRecordNumber.fromSerial(IdSequences.next(em, "MRN"));
    }
}
