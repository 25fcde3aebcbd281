package org.hpms.billing.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.Principal;
import java.util.List;
import org.hpms.patient.application.MergedRecords;
import org.hpms.patient.domain.PatientsMerged;
import org.hpms.security.Roles;

/**
 * Moves the charges and invoices of a merged (obsolete) record to the surviving one, in the merge
 * transaction. The billing plan moves only when the survivor has none (the survivor's own plan wins).
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class BillingRecordsMerger {

    static final List<String> PATIENT_RECORDS = List.of("Charge", "Invoice");

    @PersistenceContext
    EntityManager em;

    @Inject
    Principal caller;

    public void onMerge(@Observes PatientsMerged merge) {
        MergedRecords.move(em, merge, PATIENT_RECORDS, caller.getName());
        boolean survivorHasPlan = em.createQuery("SELECT COUNT(p) FROM PatientBillingPlan p WHERE p.patient = :survivor", Long.class)
                .setParameter("survivor", merge.survivor()).getSingleResult() > 0;
        MergedRecords.move(em, merge, survivorHasPlan ? List.of() : List.of("PatientBillingPlan"), caller.getName());
        if (survivorHasPlan) {
            merge.moved("PatientBillingPlan", 0);
        }
    }
}
