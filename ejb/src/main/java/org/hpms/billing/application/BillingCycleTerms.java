package org.hpms.billing.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Map;
import java.util.stream.Collectors;
import org.hpms.billing.domain.Coverage;
import org.hpms.billing.domain.Payer;
import org.hpms.billing.domain.PriceTable;
import org.hpms.security.Roles;

/** What a billing-cycle run prices with, read once at its start: the whole price list and every insurer's contract. */
@Stateless
@RolesAllowed({Roles.BILLING, Roles.ADMIN})
public class BillingCycleTerms {

    @PersistenceContext
    EntityManager em;

    public PriceTable priceTable() {
        return ChargePricing.all(em);
    }

    /** Active insurers' coverage by payer id (an inactive insurer covers nothing). */
    public Map<Long, Coverage> coverages() {
        return em.createQuery("SELECT p FROM Payer p WHERE p.active = TRUE", Payer.class).getResultStream()
                .collect(Collectors.toMap(Payer::getId, Payer::coverage));
    }
}
