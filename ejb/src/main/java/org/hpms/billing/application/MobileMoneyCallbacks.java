package org.hpms.billing.application;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.logging.Logger;
import org.hpms.audit.application.AuditTrail;
import org.hpms.audit.domain.AuditAction;
import org.hpms.audit.domain.AuditOutcome;
import org.hpms.billing.domain.CallbackRefusedException;
import org.hpms.billing.domain.GatewayKind;
import org.hpms.billing.domain.MobileMoneySignature;
import org.hpms.billing.domain.Payment;
import org.hpms.billing.domain.PaymentGateway.GatewayOutcome;
import org.hpms.billing.domain.PaymentKind;
import org.hpms.billing.domain.PaymentStatus;
import org.hpms.security.Roles;
import org.hpms.shared.config.HpmsConfiguration;

/**
 * The mobile-money provider's callbacks. The provider holds no staff account: what authenticates a
 * callback is its signature (HMAC-SHA256 with the merchant secret), checked before anything is read.
 * A callback must name a pending mobile-money payment of ours, with the provider's payment id and the
 * amount we asked for; a repeat of a settled payment changes nothing and is answered with its status.
 * Refusals are logged (payment ids only) and answered with the reason.
 */
@Stateless
@PermitAll
@RunAs(Roles.BILLING)
public class MobileMoneyCallbacks {

    private static final Logger LOG = Logger.getLogger(MobileMoneyCallbacks.class.getName());

    @PersistenceContext
    EntityManager em;

    @EJB
    AuditTrail auditTrail;

    public PaymentStatus accept(MobileMoneyCallback callback) {
        if (callback == null || !MobileMoneySignature.verifies(HpmsConfiguration.mobileMoneySecret(), callback.signature(), callback.paymentID(),
                callback.merchantPaymentId(), callback.status(), callback.amount(), callback.trxID())) {
            throw refused(callback, "The signature does not verify");
        }
        Payment payment = em.createNamedQuery(Payment.BY_PUBLIC_ID, Payment.class).setParameter("id", callback.merchantPaymentId())
                .getResultStream().findFirst().orElseThrow(() -> refused(callback, "No such payment"));
        if (payment.getGateway() != GatewayKind.MOBILE || payment.getKind() != PaymentKind.PAYMENT) {
            throw refused(callback, "The callback does not match the payment");
        }
        em.lock(payment.getInvoice(), LockModeType.PESSIMISTIC_WRITE);
        em.refresh(payment);
        if (payment.getStatus() != PaymentStatus.PENDING) {
            return payment.getStatus(); // a repeated callback: already settled (its reference is now the transaction id), nothing changes
        }
        if (payment.getGatewayReference() != null && !payment.getGatewayReference().equals(callback.paymentID())) {
            throw refused(callback, "The callback does not match the payment");
        }
        if (!amountMatches(callback.amount(), payment.getAmount())) {
            throw refused(callback, "The amount differs from the payment's");
        }
        GatewayOutcome outcome = switch (callback.status() == null ? "" : callback.status()) {
            case "success" -> GatewayOutcome.succeeded(callback.trxID());
            case "failure", "cancel" -> GatewayOutcome.failed("Mobile money: the patient's payment ended in " + callback.status());
            default -> throw refused(callback, "Unknown status " + callback.status());
        };
        auditTrail.record(AuditAction.PAYMENT_RECEIVED, payment.getInvoice().getPatient().getMrn().value(), AuditOutcome.SUCCESS,
                "mobile money callback " + payment.getAmount().toPlainString() + " on " + payment.getInvoice().getNumber() + " " + outcome.status());
        Payments.settle(em, payment, outcome, Instant.now());
        return payment.getStatus();
    }

    private static boolean amountMatches(String amount, BigDecimal expected) {
        try {
            return amount != null && new BigDecimal(amount.strip()).compareTo(expected) == 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static CallbackRefusedException refused(MobileMoneyCallback callback, String reason) {
        LOG.warning(() -> "Mobile-money callback refused (" + reason + "): provider payment "
                + (callback == null ? "-" : callback.paymentID()) + ", ours " + (callback == null ? "-" : callback.merchantPaymentId()));
        return new CallbackRefusedException(reason);
    }
}
