package org.hpms.billing.infrastructure;

import com.stripe.StripeClient;
import com.stripe.exception.ApiConnectionException;
import com.stripe.exception.CardException;
import com.stripe.exception.InvalidRequestException;
import com.stripe.exception.StripeException;
import com.stripe.model.PaymentIntent;
import com.stripe.model.Refund;
import com.stripe.net.RequestOptions;
import com.stripe.param.PaymentIntentCreateParams;
import com.stripe.param.RefundCreateParams;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Currency;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.hpms.billing.domain.GatewayKind;
import org.hpms.billing.domain.PaymentGateway;
import org.hpms.shared.config.HpmsConfiguration;

/**
 * Card payments through Stripe's PaymentIntents API with the official client: the intent is created and
 * confirmed in one call under our idempotency key (Stripe keeps the first answer for a key, so asking
 * again never charges twice). Succeeded is paid; a decline fails with Stripe's reason; no answer (a
 * timeout, a 5xx) leaves the payment pending, and the reconciliation job asks again with the same key.
 * Refunds go through Stripe's Refunds API against the original intent.
 */
@ApplicationScoped
public class StripeCardGateway implements PaymentGateway {

    private static final Logger LOG = Logger.getLogger(StripeCardGateway.class.getName());

    private volatile StripeClient client;

    @Override
    public GatewayKind kind() {
        return GatewayKind.CARD;
    }

    @Override
    public boolean isConfigured() {
        return HpmsConfiguration.stripeApiKey().isPresent();
    }

    @Override
    public GatewayOutcome collect(GatewayRequest request) {
        if (request.paymentMethod() == null || request.paymentMethod().isBlank()) {
            return GatewayOutcome.failed("No card: the card reader or payment form gives a payment method (pm_...)");
        }
        return createIntent(request);
    }

    @Override
    public GatewayOutcome check(GatewayRequest request, String reference, boolean refund) {
        if (refund) {
            return reference == null ? refund(request, null) : refundStatus(reference);
        }
        try {
            // Without Stripe's id (its answer never came), the same create under the same key returns the first outcome.
            return reference == null ? createIntent(request) : outcomeOf(client().v1().paymentIntents().retrieve(reference));
        } catch (StripeException e) {
            return unanswered(e);
        }
    }

    @Override
    public GatewayOutcome refund(GatewayRequest request, String originalReference) {
        try {
            Refund refund = client().v1().refunds().create(RefundCreateParams.builder().setPaymentIntent(originalReference)
                    .setAmount(minorUnits(request)).putMetadata("hpms_payment_id", request.paymentId()).build(), options(request));
            return refundOutcome(refund);
        } catch (CardException | InvalidRequestException e) {
            return GatewayOutcome.failed("Stripe refused the refund: " + e.getStripeError().getMessage());
        } catch (StripeException e) {
            return unanswered(e);
        }
    }

    private GatewayOutcome createIntent(GatewayRequest request) {
        PaymentIntentCreateParams params = PaymentIntentCreateParams.builder()
                .setAmount(minorUnits(request))
                .setCurrency(request.currency().toLowerCase(Locale.ROOT))
                .setPaymentMethod(request.paymentMethod())
                .setConfirm(true)
                .setAutomaticPaymentMethods(PaymentIntentCreateParams.AutomaticPaymentMethods.builder().setEnabled(true)
                        .setAllowRedirects(PaymentIntentCreateParams.AutomaticPaymentMethods.AllowRedirects.NEVER).build())
                .setDescription("Invoice " + request.invoiceNumber())
                .putMetadata("hpms_payment_id", request.paymentId())
                .putMetadata("invoice", request.invoiceNumber())
                .build();
        try {
            return outcomeOf(client().v1().paymentIntents().create(params, options(request)));
        } catch (CardException e) {
            return GatewayOutcome.failed("Card declined: " + e.getStripeError().getMessage());
        } catch (InvalidRequestException e) {
            return GatewayOutcome.failed("Stripe refused the payment: " + e.getStripeError().getMessage());
        } catch (StripeException e) {
            return unanswered(e);
        }
    }

    private static GatewayOutcome outcomeOf(PaymentIntent intent) {
        return switch (intent.getStatus()) {
            case "succeeded" -> GatewayOutcome.succeeded(intent.getId());
            case "canceled" -> GatewayOutcome.failed("Stripe cancelled the payment");
            case "requires_payment_method" -> GatewayOutcome.failed(intent.getLastPaymentError() == null ? "The card was not accepted"
                    : "Card declined: " + intent.getLastPaymentError().getMessage());
            default -> GatewayOutcome.pending(intent.getId(), "Stripe: " + intent.getStatus());
        };
    }

    private GatewayOutcome refundStatus(String reference) {
        try {
            return refundOutcome(client().v1().refunds().retrieve(reference));
        } catch (StripeException e) {
            return unanswered(e);
        }
    }

    private static GatewayOutcome refundOutcome(Refund refund) {
        return switch (refund.getStatus()) {
            case "succeeded" -> GatewayOutcome.succeeded(refund.getId());
            case "failed", "canceled" -> GatewayOutcome.failed("Stripe could not refund: " + refund.getFailureReason());
            default -> GatewayOutcome.pending(refund.getId(), "Stripe: refund " + refund.getStatus());
        };
    }

    /** No answer we can trust (timeout, connection, Stripe's own error): the outcome is unknown, so the payment stays pending. */
    private static GatewayOutcome unanswered(StripeException e) {
        String why = (e instanceof ApiConnectionException ? "No answer from Stripe" : "Stripe error " + e.getStatusCode())
                + "; the payment stays pending until reconciliation learns its outcome";
        LOG.log(Level.WARNING, "Card gateway: {0} (request {1})", new Object[] {why, e.getRequestId()});
        return GatewayOutcome.pending(null, why);
    }

    private static long minorUnits(GatewayRequest request) {
        return request.amount().movePointRight(Currency.getInstance(request.currency()).getDefaultFractionDigits()).longValueExact();
    }

    private static RequestOptions options(GatewayRequest request) {
        return RequestOptions.builder().setIdempotencyKey("hpms-" + request.idempotencyKey()).build();
    }

    private StripeClient client() {
        StripeClient current = client;
        if (current == null) {
            int timeoutMillis = HpmsConfiguration.gatewayTimeoutSeconds() * 1000;
            current = StripeClient.builder().setApiKey(HpmsConfiguration.stripeApiKey().orElseThrow())
                    .setApiBase(HpmsConfiguration.stripeApiBase()).setConnectTimeout(timeoutMillis).setReadTimeout(timeoutMillis)
                    .setMaxNetworkRetries(0).build();
            client = current;
        }
        return current;
    }
}
