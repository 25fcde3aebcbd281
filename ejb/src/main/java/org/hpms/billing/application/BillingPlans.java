package org.hpms.billing.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import org.hpms.audit.application.AuditTrail;
import org.hpms.audit.domain.AuditAction;
import org.hpms.audit.domain.AuditOutcome;
import org.hpms.billing.domain.DiscountScheme;
import org.hpms.billing.domain.PatientBillingPlan;
import org.hpms.billing.domain.Payer;
import org.hpms.patient.application.PatientLookup;
import org.hpms.patient.domain.InvalidPatientDataException;
import org.hpms.patient.domain.Patient;
import org.hpms.security.Roles;

/**
 * How a patient pays: the discount scheme they are entitled to and their insurer. A scheme that needs
 * approval (the poor fund) counts only once an administrator approves it, and not for the person who
 * asked for it.
 */
@Stateless
@RolesAllowed({Roles.BILLING, Roles.RECEPTIONIST, Roles.ADMIN})
public class BillingPlans {

    @PersistenceContext
    EntityManager em;

    @EJB
    AuditTrail auditTrail;

    @Resource
    SessionContext session;

    /** Sets the patient's scheme and insurer (blank codes: none). Effective for charges invoiced from now on. */
    public void set(String mrn, String discountSchemeCode, String payerCode, String memberNumber) {
        Patient patient = PatientLookup.current(em, mrn);
        Map<String, String> problems = new TreeMap<>();
        DiscountScheme scheme = null;
        if (discountSchemeCode != null && !discountSchemeCode.isBlank()) {
            scheme = em.createQuery("SELECT d FROM DiscountScheme d WHERE d.code = :code AND d.active = TRUE", DiscountScheme.class)
                    .setParameter("code", discountSchemeCode.strip()).getResultStream().findFirst().orElse(null);
            if (scheme == null) {
                problems.put("discountScheme", "No discount scheme " + discountSchemeCode.strip());
            }
        }
        Payer payer = null;
        if (payerCode != null && !payerCode.isBlank()) {
            payer = em.createQuery("SELECT p FROM Payer p WHERE p.code = :code AND p.active = TRUE", Payer.class)
                    .setParameter("code", payerCode.strip()).getResultStream().findFirst().orElse(null);
            if (payer == null) {
                problems.put("payer", "No insurer " + payerCode.strip());
            } else if (memberNumber == null || memberNumber.isBlank() || memberNumber.strip().length() > 64) {
                problems.put("memberNumber", "Enter the patient's member number with the insurer (up to 64 characters)");
            }
        }
        if (!problems.isEmpty()) {
            auditTrail.record(AuditAction.BILLING_PLAN_CHANGED, mrn, AuditOutcome.REJECTED, "invalid fields: " + String.join(",", problems.keySet()));
            throw new InvalidPatientDataException(problems);
        }
        PatientBillingPlan plan = planOf(patient);
        plan.discount(scheme, session.getCallerPrincipal().getName(), Instant.now());
        plan.insure(payer, memberNumber == null ? null : memberNumber.strip());
        auditTrail.record(AuditAction.BILLING_PLAN_CHANGED, mrn, AuditOutcome.SUCCESS,
                (scheme == null ? "no discount" : scheme.getCode() + (plan.isDiscountAwaitingApproval() ? " (awaiting approval)" : ""))
                        + ", " + (payer == null ? "self-pay" : payer.getCode()));
    }

    @RolesAllowed(Roles.ADMIN)
    public void approveDiscount(String mrn) {
        Patient patient = PatientLookup.current(em, mrn);
        PatientBillingPlan plan = em.createQuery("SELECT p FROM PatientBillingPlan p WHERE p.patient = :patient", PatientBillingPlan.class)
                .setParameter("patient", patient).getResultStream().findFirst().orElse(null);
        String me = session.getCallerPrincipal().getName();
        if (plan == null || !plan.isDiscountAwaitingApproval()) {
            throw new InvalidPatientDataException(Map.of("discountScheme", "No discount of this patient awaits approval"));
        }
        if (me.equals(plan.getDiscountRequestedBy())) {
            throw new InvalidPatientDataException(Map.of("discountScheme", "Another administrator approves a discount you asked for"));
        }
        plan.approveDiscount(me, Instant.now());
        auditTrail.record(AuditAction.BILLING_PLAN_CHANGED, mrn, AuditOutcome.SUCCESS, "approved " + plan.getDiscountScheme().getCode());
    }

    private PatientBillingPlan planOf(Patient patient) {
        return em.createQuery("SELECT p FROM PatientBillingPlan p WHERE p.patient = :patient", PatientBillingPlan.class)
                .setParameter("patient", patient).getResultStream().findFirst().orElseGet(() -> {
                    PatientBillingPlan plan = new PatientBillingPlan(patient);
                    em.persist(plan);
                    return plan;
                });
    }
}
