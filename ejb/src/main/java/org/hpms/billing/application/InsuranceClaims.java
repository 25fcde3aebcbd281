package org.hpms.billing.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.hpms.audit.application.AuditTrail;
import org.hpms.audit.domain.AuditAction;
import org.hpms.audit.domain.AuditOutcome;
import org.hpms.billing.domain.GatewayKind;
import org.hpms.billing.domain.InsuranceClaim;
import org.hpms.billing.domain.Invoice;
import org.hpms.billing.domain.InvoiceKind;
import org.hpms.billing.domain.InvoiceStatus;
import org.hpms.billing.domain.Payment;
import org.hpms.billing.domain.PaymentGateway;
import org.hpms.billing.domain.PaymentGateway.GatewayOutcome;
import org.hpms.billing.domain.PaymentGateway.GatewayRequest;
import org.hpms.billing.domain.PaymentKind;
import org.hpms.billing.domain.PaymentStatus;
import org.hpms.patient.domain.InvalidPatientDataException;
import org.hpms.patient.domain.Patient;
import org.hpms.security.Roles;

/**
 * Claims the insurer's share of an issued invoice through the insurance gateway. A claim is a payment
 * of the invoice by the insurer: recorded first under the key {@code claim-<invoice>-<attempt>}, then
 * sent; it stays pending until the insurer adjudicates (the reconciliation job asks), then counts what
 * the insurer paid. The claim job sends every insured invoice once; a claim the insurer denied, paid
 * in part or could not take is sent again only by billing staff, after they fixed what was wrong.
 */
@Stateless
@RolesAllowed({Roles.BILLING, Roles.ADMIN})
public class InsuranceClaims {

    /** SQL condition on billing_invoice {@code i}: issued, an insurer's share still owed, never claimed. What the claim job sends. */
    public static final String UNCLAIMED = "i.payer_id IS NOT NULL AND i.kind = 'INVOICE' AND i.status IN ('ISSUED', 'PARTIALLY_PAID', 'PAID')"
            + " AND i.insurer_share - i.insurer_credited_amount - i.insurer_paid_amount > 0"
            + " AND NOT EXISTS (SELECT 1 FROM billing_payment p WHERE p.invoice_id = i.id AND p.gateway = 'INSURANCE')";

    @PersistenceContext
    EntityManager em;

    @EJB
    AuditTrail auditTrail;

    @Inject
    @Any
    Instance<PaymentGateway> gateways;

    @Resource
    SessionContext session;

    /** Claims what the insurer still owes on the invoice; refused with the reason when there is nothing to claim or the claim cannot be made. */
    public PaymentView submit(String invoiceNumber) {
        Invoice invoice = locked(invoiceNumber);
        Optional<String> problem = problem(invoice).or(() -> pendingClaim(invoice));
        if (problem.isPresent()) {
            auditTrail.record(AuditAction.CLAIM_SUBMITTED, invoice.getPatient().getMrn().value(), AuditOutcome.REJECTED, problem.get());
            throw new InvalidPatientDataException(Map.of("invoice", problem.get()));
        }
        return send(invoice, claimsOf(invoice) + 1);
    }

    /**
     * The claim job's way in: sends the invoice's first claim, or, when it cannot be made (no member number,
     * the channel not set up), records that claim as failed with the reason, so that billing staff see it on
     * the invoice and the job does not try it again every hour. Returns false when the invoice had a claim already.
     */
    public boolean submitFirst(long invoiceId) {
        Invoice invoice = em.find(Invoice.class, invoiceId, LockModeType.PESSIMISTIC_WRITE);
        if (claimsOf(invoice) > 0 || invoice.insurerOutstanding().signum() <= 0 || invoice.getStatus() == InvoiceStatus.VOID) {
            return false;
        }
        Optional<String> problem = problem(invoice);
        if (problem.isPresent()) {
            Payment unsent = new Payment(invoice, PaymentKind.PAYMENT, GatewayKind.INSURANCE, invoice.insurerOutstanding(), key(invoice, 1), null,
                    null, null, caller(), Instant.now());
            em.persist(unsent);
            unsent.failed("Claim not sent: " + problem.get(), Instant.now());
            auditTrail.record(AuditAction.CLAIM_SUBMITTED, invoice.getPatient().getMrn().value(), AuditOutcome.REJECTED, problem.get());
            return true;
        }
        send(invoice, 1);
        return true;
    }

    /** The invoice's claims, oldest first. */
    public List<PaymentView> claims(String invoiceNumber) {
        return em.createQuery("SELECT p FROM Payment p JOIN FETCH p.invoice WHERE p.invoice.number = :number AND p.gateway = :insurance"
                        + " ORDER BY p.requestedAt, p.id", Payment.class).setParameter("number", invoiceNumber == null ? "" : invoiceNumber.strip())
                .setParameter("insurance", GatewayKind.INSURANCE).getResultStream().map(PaymentView::of).toList();
    }

    /** Records the invoice's {@code attempt}-th claim under its key, then sends it. */
    private PaymentView send(Invoice invoice, long attempt) {
        PaymentGateway gateway = Payments.gateway(gateways, GatewayKind.INSURANCE);
        Instant now = Instant.now();
        BigDecimal amount = invoice.insurerOutstanding();
        Payment claim = new Payment(invoice, PaymentKind.PAYMENT, GatewayKind.INSURANCE, amount, key(invoice, attempt), null, null,
                null, caller(), now);
        em.persist(claim);
        GatewayOutcome outcome = gateway.collect(requestOf(em, claim));
        auditTrail.record(AuditAction.CLAIM_SUBMITTED, invoice.getPatient().getMrn().value(), AuditOutcome.SUCCESS,
                invoice.getPayer().getCode() + " " + amount.toPlainString() + " on " + invoice.getNumber() + " " + outcome.status());
        Payments.settle(em, claim, outcome, now);
        return PaymentView.of(claim);
    }

    /** The gateway request of a claim, with the member and the covered lines (also what the reconciler sends again). */
    static GatewayRequest requestOf(EntityManager em, Payment claim) {
        Invoice invoice = claim.getInvoice();
        Patient patient = invoice.getPatient();
        String member = memberNumber(em, patient);
        List<InsuranceClaim.Item> items = invoice.getLines().stream().filter(l -> l.getInsurerShare().signum() > 0)
                .map(l -> new InsuranceClaim.Item(l.getPosition(), l.getServiceCode(), l.getDescription(), l.getCategory(), l.getRenderedAt(),
                        l.getQuantity(), l.getUnitPrice(), l.getAmount())).toList();
        InsuranceClaim details = new InsuranceClaim(invoice.getPayer().getCode(), invoice.getPayer().getName(), member, patient.getMrn().value(),
                patient.getGivenName(), patient.getFamilyName(), patient.getBirthDate(), patient.getSex().name().toLowerCase(Locale.ROOT), items);
        return new GatewayRequest(claim.getPublicId(), claim.getIdempotencyKey(), claim.getAmount(), invoice.getCurrency(), invoice.getNumber(),
                null, null, details);
    }

    /** Why this invoice cannot be claimed now, if it cannot. */
    private Optional<String> problem(Invoice invoice) {
        if (invoice.getKind() != InvoiceKind.INVOICE || invoice.getStatus() == InvoiceStatus.DRAFT || invoice.getStatus() == InvoiceStatus.VOID) {
            return Optional.of("Only an issued invoice is claimed");
        }
        if (invoice.getPayer() == null) {
            return Optional.of("Invoice " + invoice.getNumber() + " has no insurer");
        }
        if (invoice.insurerOutstanding().signum() <= 0) {
            return Optional.of(invoice.getPayer().getName() + " owes nothing more on " + invoice.getNumber());
        }
        if (Payments.configured(gateways, GatewayKind.INSURANCE).isEmpty()) {
            return Optional.of(Payments.notSetUp(GatewayKind.INSURANCE));
        }
        String member = memberNumber(em, invoice.getPatient());
        if (member == null || member.isBlank()) {
            return Optional.of("the patient's billing plan has no member number with " + invoice.getPayer().getName());
        }
        return Optional.empty();
    }

    private static String memberNumber(EntityManager em, Patient patient) {
        List<String> members = em.createQuery("SELECT p.memberNumber FROM PatientBillingPlan p WHERE p.patient = :patient", String.class)
                .setParameter("patient", patient).getResultList();
        return members.isEmpty() ? null : members.get(0); // a self-paying patient's plan holds a null member number
    }

    private Optional<String> pendingClaim(Invoice invoice) {
        long pending = em.createQuery("SELECT COUNT(p) FROM Payment p WHERE p.invoice = :invoice AND p.gateway = :insurance AND p.status = :pending",
                        Long.class).setParameter("invoice", invoice).setParameter("insurance", GatewayKind.INSURANCE)
                .setParameter("pending", PaymentStatus.PENDING).getSingleResult();
        return pending > 0 ? Optional.of("A claim on " + invoice.getNumber() + " is waiting for the insurer's decision") : Optional.empty();
    }

    private long claimsOf(Invoice invoice) {
        return em.createQuery("SELECT COUNT(p) FROM Payment p WHERE p.invoice = :invoice AND p.gateway = :insurance", Long.class)
                .setParameter("invoice", invoice).setParameter("insurance", GatewayKind.INSURANCE).getSingleResult();
    }

    private static String key(Invoice invoice, long attempt) {
        return "claim-" + invoice.getNumber() + "-" + attempt;
    }

    private Invoice locked(String number) {
        String wanted = number == null ? "" : number.strip();
        return em.createNamedQuery(Invoice.BY_NUMBER, Invoice.class).setParameter("number", wanted).setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst().orElseThrow(() -> new InvalidPatientDataException(Map.of("invoice", "No invoice " + wanted)));
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
