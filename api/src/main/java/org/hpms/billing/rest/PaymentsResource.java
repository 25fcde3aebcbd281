package org.hpms.billing.rest;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.math.BigDecimal;
import org.hpms.billing.application.PaymentRequest;
import org.hpms.billing.application.PaymentView;
import org.hpms.billing.application.Payments;
import org.hpms.billing.domain.GatewayKind;

/**
 * Payments and refunds. The client names each attempt with an {@code Idempotency-Key} header (as with
 * Stripe): sending the same request again with the same key answers with the first payment, never a
 * second one.
 */
@Path("payments")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PaymentsResource {

    @EJB
    Payments payments;

    @Context
    UriInfo uri;

    /** Body of a payment. */
    public static class PaymentBody {
        public String invoiceNumber;
        public GatewayKind gateway;
        public BigDecimal amount;
        public String currency;
        /** Card payments: the payment method the card reader or Stripe.js produced (pm_...). */
        public String paymentMethod;
    }

    /** Body of a refund. */
    public static class RefundBody {
        public BigDecimal amount;
        public String reason;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response pay(@HeaderParam("Idempotency-Key") String idempotencyKey, PaymentBody body) {
        PaymentView payment = payments.pay(body == null ? new PaymentRequest(null, null, null, null, idempotencyKey)
                : new PaymentRequest(body.invoiceNumber, body.gateway, body.amount, body.currency, idempotencyKey, body.paymentMethod));
        return Response.created(uri.getBaseUriBuilder().path("payments").path(payment.id()).build()).entity(payment).build();
    }

    @GET
    @Path("{id}")
    public PaymentView payment(@PathParam("id") String id) {
        return payments.payment(id);
    }

    @POST
    @Path("{id}/refunds")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response refund(@PathParam("id") String id, @HeaderParam("Idempotency-Key") String idempotencyKey, RefundBody body) {
        PaymentView refund = payments.refund(id, body == null ? null : body.amount, body == null ? null : body.reason, idempotencyKey);
        return Response.created(uri.getBaseUriBuilder().path("payments").path(refund.id()).build()).entity(refund).build();
    }
}
