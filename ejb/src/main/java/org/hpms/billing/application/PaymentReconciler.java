package org.hpms.billing.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import org.hpms.audit.application.AuditTrail;
import org.hpms.audit.domain.AuditAction;
import org.hpms.audit.domain.AuditOutcome;
import org.hpms.billing.domain.GatewayKind;
import org.hpms.billing.domain.Payment;
import org.hpms.billing.domain.PaymentGateway;
import org.hpms.billing.domain.PaymentGateway.GatewayOutcome;
import org.hpms.billing.domain.PaymentGateway.GatewayRequest;
import org.hpms.billing.domain.PaymentKind;
import org.hpms.billing.domain.PaymentStatus;
import org.hpms.security.Roles;

/**
 * Asks the gateway what became of one pending payment or refund (the payment-reconciliation job calls it
 * for each), under the invoice's lock, and records the answer: a payment settled late is counted once,
 * however many times it is asked about.
 */
@Stateless
@RolesAllowed({Roles.BILLING, Roles.ADMIN})
public class PaymentReconciler {

    @PersistenceContext
    EntityManager em;

    @EJB
    AuditTrail auditTrail;

    @Inject
    @Any
    Instance<PaymentGateway> gateways;

    public PaymentStatus reconcile(long paymentId) {
        Payment payment = em.find(Payment.class, paymentId);
        em.lock(payment.getInvoice(), LockModeType.PESSIMISTIC_WRITE);
        em.refresh(payment);
        if (payment.getStatus() != PaymentStatus.PENDING) {
            return payment.getStatus();
        }
        PaymentGateway gateway = Payments.gateway(gateways, payment.getGateway());
        GatewayRequest request = payment.getGateway() == GatewayKind.INSURANCE ? InsuranceClaims.requestOf(em, payment) : new GatewayRequest(payment.getPublicId(), payment.getIdempotencyKey(), payment.getAmount(), payment.getCurrency(),
                payment.getInvoice().getNumber(), payment.getCashierSession() == null ? null : payment.getCashierSession().getPublicId(),
                payment.getPaymentMethod());
        GatewayOutcome outcome = gateway.check(request, payment.getGatewayReference(), payment.getKind() == PaymentKind.REFUND);
        Payments.settle(em, payment, outcome, Instant.now());
        if (payment.getStatus() != PaymentStatus.PENDING) {
            auditTrail.record(payment.getKind() == PaymentKind.REFUND ? AuditAction.PAYMENT_REFUNDED : AuditAction.PAYMENT_RECEIVED,
                    payment.getInvoice().getPatient().getMrn().value(), AuditOutcome.SUCCESS, "reconciled " + payment.getGateway() + " "
                            + payment.getAmount().toPlainString() + " on " + payment.getInvoice().getNumber() + " " + payment.getStatus());
        }
        return payment.getStatus();
    }
}
