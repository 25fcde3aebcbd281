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
import java.util.Currency;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.hpms.audit.application.AuditTrail;
import org.hpms.audit.domain.AuditAction;
import org.hpms.audit.domain.AuditOutcome;
import org.hpms.billing.domain.Amounts;
import org.hpms.billing.domain.CashierSession;
import org.hpms.billing.domain.DocumentNumbers;
import org.hpms.billing.domain.GatewayKind;
import org.hpms.billing.domain.Invoice;
import org.hpms.billing.domain.InvoiceKind;
import org.hpms.billing.domain.InvoiceStatus;
import org.hpms.billing.domain.Payment;
import org.hpms.billing.domain.PaymentGateway;
import org.hpms.billing.domain.PaymentGateway.GatewayOutcome;
import org.hpms.billing.domain.PaymentGateway.GatewayRequest;
import org.hpms.billing.domain.PaymentKind;
import org.hpms.billing.domain.PaymentStatus;
import org.hpms.billing.infrastructure.BillingPdf;
import org.hpms.patient.domain.InvalidPatientDataException;
import org.hpms.security.Roles;
import org.hpms.shared.config.HpmsConfiguration;

/**
 * Takes payments on issued invoices and gives refunds, through the payment's gateway. Every request is
 * recorded under the caller's idempotency key before the gateway is asked, and the invoice row is
 * locked first, so a repeated or concurrent request can neither take the money twice nor overpay.
 * Cash needs the cashier's open session; its receipt gets the next gapless receipt number.
 */
@Stateless
@RolesAllowed(Roles.BILLING)
public class Payments {

    private static final int MAX_KEY = 100;

    @PersistenceContext
    EntityManager em;

    @EJB
    AuditTrail auditTrail;

    @Inject
    @Any
    Instance<PaymentGateway> gateways;

    @Resource
    SessionContext session;

    public PaymentView pay(PaymentRequest request) {
        Map<String, String> problems = new TreeMap<>();
        Currency currency = HpmsConfiguration.currency();
        String key = request == null || request.idempotencyKey() == null ? "" : request.idempotencyKey().strip();
        if (request == null || request.gateway() == null) {
            problems.put("gateway", "Choose how the patient pays");
        } else if (request.gateway() == GatewayKind.INSURANCE) {
            problems.put("gateway", "Insurers are paid by claim: submit the insurer's share as a claim from the invoice");
        }
        if (key.isEmpty() || key.length() > MAX_KEY) {
            problems.put("idempotencyKey", "Every payment request needs an idempotency key of 1 to " + MAX_KEY + " characters");
        }
        if (request != null && request.currency() != null && !request.currency().isBlank()) {
            Optional<Currency> asked = Amounts.currency(request.currency());
            if (asked.isEmpty()) {
                problems.put("currency", "Unknown currency " + request.currency().strip());
            } else if (!asked.get().equals(currency)) {
                problems.put("currency", "Invoices are in " + currency.getCurrencyCode() + "; " + asked.get().getCurrencyCode() + " is not taken");
            }
        }
        Amounts.paymentProblem(request == null ? null : request.amount(), currency).ifPresent(p -> problems.put("amount", p));
        if (!problems.isEmpty()) {
            auditTrail.record(AuditAction.PAYMENT_RECEIVED, null, AuditOutcome.REJECTED, "invalid fields: " + String.join(",", problems.keySet()));
            throw new InvalidPatientDataException(problems);
        }
        Invoice invoice = lockedInvoice(request.invoiceNumber());
        Optional<Payment> earlier = byKey(key);
        if (earlier.isPresent()) {
            return repeated(earlier.get(), request.invoiceNumber(), request.gateway(), request.amount(), PaymentKind.PAYMENT);
        }
        if (invoice.getKind() != InvoiceKind.INVOICE) {
            problems.put("invoice", "A credit note is not paid");
        } else if (invoice.getStatus() == InvoiceStatus.VOID) {
            problems.put("invoice", "Invoice " + invoice.getNumber() + " is void");
        } else if (invoice.getStatus() == InvoiceStatus.PAID) {
            problems.put("amount", "Invoice " + invoice.getNumber() + " is paid in full");
        } else if (request.amount().compareTo(invoice.outstanding()) > 0) {
            problems.put("amount", "More than is owed: " + invoice.outstanding().toPlainString() + " " + invoice.getCurrency()
                    + " is outstanding on " + invoice.getNumber());
        } else {
            // The insurer's pending claims are on its share, not the patient's.
            BigDecimal awaiting = em.createQuery("SELECT COALESCE(SUM(p.amount), 0) FROM Payment p WHERE p.invoice = :invoice"
                    + " AND p.kind = :payment AND p.status = :pending AND p.gateway <> :insurance", BigDecimal.class).setParameter("invoice", invoice)
                    .setParameter("payment", PaymentKind.PAYMENT).setParameter("pending", PaymentStatus.PENDING)
                    .setParameter("insurance", GatewayKind.INSURANCE).getSingleResult();
            if (request.amount().compareTo(invoice.outstanding().subtract(awaiting)) > 0) {
                problems.put("amount", awaiting.toPlainString() + " " + invoice.getCurrency() + " of " + invoice.getNumber()
                        + " is awaiting the gateway's confirmation; at most " + invoice.outstanding().subtract(awaiting).toPlainString()
                        + " more can be taken now");
            }
        }
        CashierSession drawer = request.gateway() == GatewayKind.CASH ? openSession().orElse(null) : null;
        if (request.gateway() == GatewayKind.CASH && drawer == null) {
            problems.put("gateway", "Open your cashier session before taking cash");
        }
        refuseIfAny(problems, AuditAction.PAYMENT_RECEIVED, invoice);
        PaymentGateway gateway = gateway(request.gateway());
        Instant now = Instant.now();
        Payment payment = new Payment(invoice, PaymentKind.PAYMENT, request.gateway(), request.amount(), key, request.paymentMethod(), drawer,
                null, caller(), now);
        em.persist(payment);
        GatewayOutcome outcome = gateway.collect(new GatewayRequest(payment.getPublicId(), key, request.amount(),
                invoice.getCurrency(), invoice.getNumber(), drawer == null ? null : drawer.getPublicId(), request.paymentMethod()));
        // Audited before the receipt number is taken: the receipt counter's row stays locked until commit, the shorter the better.
        auditTrail.record(AuditAction.PAYMENT_RECEIVED, invoice.getPatient().getMrn().value(), AuditOutcome.SUCCESS,
                request.gateway() + " " + request.amount().toPlainString() + " on " + invoice.getNumber() + " " + outcome.status());
        settle(em, payment, outcome, now);
        return PaymentView.of(payment).withRedirect(outcome.redirectUrl());
    }

    /** Gives (part of) a succeeded payment back through the gateway it came in by. */
    @RolesAllowed({Roles.BILLING, Roles.ADMIN})
    public PaymentView refund(String paymentId, BigDecimal amount, String reason, String idempotencyKey) {
        Payment original = em.createNamedQuery(Payment.BY_PUBLIC_ID, Payment.class).setParameter("id", paymentId == null ? "" : paymentId)
                .getResultStream().findFirst().orElseThrow(() -> new InvalidPatientDataException(Map.of("payment", "No such payment")));
        Invoice invoice = lockedInvoice(original.getInvoice().getNumber());
        String key = idempotencyKey == null ? "" : idempotencyKey.strip();
        Map<String, String> problems = new TreeMap<>();
        if (key.isEmpty() || key.length() > MAX_KEY) {
            problems.put("idempotencyKey", "Every refund request needs an idempotency key of 1 to " + MAX_KEY + " characters");
        }
        Amounts.paymentProblem(amount, HpmsConfiguration.currency()).ifPresent(p -> problems.put("amount", p));
        ChargeCapture.reasonProblem(reason).ifPresent(p -> problems.put("reason", p));
        refuseIfAny(problems, AuditAction.PAYMENT_REFUNDED, invoice);
        Optional<Payment> earlier = byKey(key);
        if (earlier.isPresent()) {
            return repeated(earlier.get(), invoice.getNumber(), original.getGateway(), amount, PaymentKind.REFUND);
        }
        BigDecimal refunded = em.createQuery("SELECT COALESCE(SUM(p.amount), 0) FROM Payment p WHERE p.refundOf = :original"
                + " AND p.status <> :failed", BigDecimal.class).setParameter("original", original).setParameter("failed", PaymentStatus.FAILED)
                .getSingleResult();
        BigDecimal refundable = original.getStatus() == PaymentStatus.SUCCEEDED && original.getKind() == PaymentKind.PAYMENT
                ? original.getAmount().subtract(refunded) : BigDecimal.ZERO;
        if (amount.compareTo(refundable) > 0) {
            problems.put("amount", refundable.signum() == 0 ? "Nothing of this payment can be refunded"
                    : "At most " + refundable.toPlainString() + " " + original.getCurrency() + " of this payment can be refunded");
        }
        CashierSession drawer = original.getGateway() == GatewayKind.CASH ? openSession().orElse(null) : null;
        if (original.getGateway() == GatewayKind.CASH && drawer == null) {
            problems.put("gateway", "Open your cashier session before giving cash back");
        } else if (original.getGateway() == GatewayKind.INSURANCE) {
            problems.put("payment", "An insurer's payment is not refunded at the desk; ask the insurer to reverse the claim");
        }
        refuseIfAny(problems, AuditAction.PAYMENT_REFUNDED, invoice);
        PaymentGateway gateway = gateway(original.getGateway());
        Instant now = Instant.now();
        Payment refund = new Payment(invoice, PaymentKind.REFUND, original.getGateway(), amount, key, null, drawer, original, caller(), now);
        em.persist(refund);
        GatewayOutcome outcome = gateway.refund(new GatewayRequest(refund.getPublicId(), key, amount,
                invoice.getCurrency(), invoice.getNumber(), drawer == null ? null : drawer.getPublicId(), null), original.getGatewayReference());
        auditTrail.record(AuditAction.PAYMENT_REFUNDED, invoice.getPatient().getMrn().value(), AuditOutcome.SUCCESS,
                original.getGateway() + " " + amount.toPlainString() + " on " + invoice.getNumber() + " " + outcome.status() + ": " + reason.strip());
        settle(em, refund, outcome, now);
        return PaymentView.of(refund);
    }

    /** A payment or refund with its receipt number, for the receipt. */
    @RolesAllowed({Roles.BILLING, Roles.ADMIN})
    public PaymentView payment(String paymentId) {
        Payment payment = em.createNamedQuery(Payment.BY_PUBLIC_ID, Payment.class).setParameter("id", paymentId == null ? "" : paymentId)
                .getResultStream().findFirst().orElseThrow(() -> new InvalidPatientDataException(Map.of("payment", "No such payment")));
        auditTrail.record(AuditAction.BILLING_VIEWED, payment.getInvoice().getPatient().getMrn().value(), AuditOutcome.SUCCESS,
                "payment " + payment.getReceiptNumber());
        return PaymentView.of(payment);
    }

    /** The receipt of a payment or refund as a PDF. */
    @RolesAllowed({Roles.BILLING, Roles.ADMIN})
    public byte[] receiptPdf(String paymentId) {
        Payment payment = em.createNamedQuery(Payment.BY_PUBLIC_ID, Payment.class).setParameter("id", paymentId == null ? "" : paymentId)
                .getResultStream().findFirst().orElseThrow(() -> new InvalidPatientDataException(Map.of("payment", "No such payment")));
        if (payment.getReceiptNumber() == null) {
            throw new InvalidPatientDataException(Map.of("payment", "This payment has not succeeded: there is no receipt"));
        }
        var patient = payment.getInvoice().getPatient();
        auditTrail.record(AuditAction.BILLING_VIEWED, patient.getMrn().value(), AuditOutcome.SUCCESS, "receipt " + payment.getReceiptNumber());
        return BillingPdf.receipt(PaymentView.of(payment), InvoiceView.of(payment.getInvoice()), patient.getGivenName() + " " + patient.getFamilyName(),
                Instant.now());
    }

    public CashierSessionView openCashierSession(BigDecimal openingBalance) {
        Map<String, String> problems = new TreeMap<>();
        Currency currency = HpmsConfiguration.currency();
        Amounts.priceProblem(openingBalance, currency).ifPresent(p -> problems.put("openingBalance", p.replace("price", "opening balance")));
        if (openSession().isPresent()) {
            problems.put("session", "Your cashier session is already open");
        }
        if (!problems.isEmpty()) {
            throw new InvalidPatientDataException(problems);
        }
        CashierSession opened = new CashierSession(caller(), currency.getCurrencyCode(), openingBalance, Instant.now());
        em.persist(opened);
        return CashierSessionView.of(opened, BigDecimal.ZERO.setScale(currency.getDefaultFractionDigits()));
    }

    /** Closes the caller's session with the cash counted in the drawer; the view says how far it is over or short. */
    public CashierSessionView closeCashierSession(BigDecimal countedCash) {
        CashierSession drawer = openSession().orElseThrow(() -> new InvalidPatientDataException(Map.of("session", "You have no open cashier session")));
        Amounts.priceProblem(countedCash, HpmsConfiguration.currency()).ifPresent(p -> {
            throw new InvalidPatientDataException(Map.of("countedCash", p.replace("price", "counted amount")));
        });
        BigDecimal cashIn = cashIn(drawer);
        drawer.close(cashIn, countedCash, Instant.now());
        return CashierSessionView.of(drawer, cashIn);
    }

    public Optional<CashierSessionView> currentCashierSession() {
        return openSession().map(s -> CashierSessionView.of(s, cashIn(s)));
    }

    private Optional<CashierSession> openSession() {
        return em.createQuery("SELECT s FROM CashierSession s WHERE s.cashier = :cashier AND s.closedAt IS NULL", CashierSession.class)
                .setParameter("cashier", caller()).getResultStream().findFirst();
    }

    private BigDecimal cashIn(CashierSession drawer) {
        BigDecimal in = BigDecimal.ZERO;
        for (Object[] row : em.createQuery("SELECT p.kind, SUM(p.amount) FROM Payment p WHERE p.cashierSession = :drawer AND p.status = :ok"
                + " GROUP BY p.kind", Object[].class).setParameter("drawer", drawer).setParameter("ok", PaymentStatus.SUCCEEDED).getResultList()) {
            in = row[0] == PaymentKind.PAYMENT ? in.add((BigDecimal) row[1]) : in.subtract((BigDecimal) row[1]);
        }
        return in.setScale(HpmsConfiguration.currency().getDefaultFractionDigits());
    }

    /** Records what the gateway answered: money counted (with a receipt number), a failure with its reason, or still pending. */
    static void settle(EntityManager em, Payment payment, GatewayOutcome outcome, Instant now) {
        if (outcome.status() == PaymentStatus.SUCCEEDED) {
            payment.succeeded(outcome.reference(), DocumentNumbering.next(em, DocumentNumbers.RECEIPT, now), now,
                    outcome.settledAmount() == null ? payment.getAmount() : outcome.settledAmount(), outcome.detail());
        } else if (outcome.status() == PaymentStatus.FAILED) {
            payment.failed(outcome.detail(), now);
        } else {
            payment.stillPending(outcome.reference(), outcome.detail());
        }
    }

    private PaymentView repeated(Payment earlier, String invoiceNumber, GatewayKind gateway, BigDecimal amount, PaymentKind kind) {
        if (!earlier.sameRequestAs(invoiceNumber, gateway, amount, kind)) {
            throw new InvalidPatientDataException(Map.of("idempotencyKey",
                    "This idempotency key was used for another request; use a new key for a new payment"));
        }
        return PaymentView.of(earlier);
    }

    private Optional<Payment> byKey(String key) {
        return em.createNamedQuery(Payment.BY_IDEMPOTENCY_KEY, Payment.class).setParameter("key", key).getResultStream().findFirst();
    }

    /** Locked first, before anything else is read: concurrent payments on one invoice queue here and see each other's. */
    private Invoice lockedInvoice(String number) {
        return em.createNamedQuery(Invoice.BY_NUMBER, Invoice.class).setParameter("number", number == null ? "" : number.strip())
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst()
                .orElseThrow(() -> new InvalidPatientDataException(Map.of("invoice", "No invoice " + (number == null ? "" : number.strip()))));
    }

    private PaymentGateway gateway(GatewayKind kind) {
        return gateway(gateways, kind);
    }

    /** The hospital's gateway of this kind; refused when the channel is not set up. Also the reconciler's and the claims' look-up. */
    static PaymentGateway gateway(Instance<PaymentGateway> gateways, GatewayKind kind) {
        return configured(gateways, kind).orElseThrow(() -> new InvalidPatientDataException(Map.of("gateway", notSetUp(kind))));
    }

    static Optional<PaymentGateway> configured(Instance<PaymentGateway> gateways, GatewayKind kind) {
        return gateways.stream().filter(g -> g.kind() == kind && g.isConfigured()).findFirst();
    }

    static String notSetUp(GatewayKind kind) {
        return kind.getLabel() + " is not set up at this hospital";
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }

    private void refuseIfAny(Map<String, String> problems, AuditAction action, Invoice invoice) {
        if (!problems.isEmpty()) {
            auditTrail.record(action, invoice.getPatient().getMrn().value(), AuditOutcome.REJECTED,
                    "invalid fields: " + String.join(",", problems.keySet()));
            throw new InvalidPatientDataException(problems);
        }
    }
}
