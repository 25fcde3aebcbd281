package org.hpms.billing.rest;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.hpms.billing.application.ChargeCapture;
import org.hpms.billing.application.ChargeView;

/** A patient's unbilled charges; charges and adjustments entered by billing staff with a reason; reversals. */
@Path("charges")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ChargesResource {

    @EJB
    ChargeCapture charges;

    /** Body of a manual charge (serviceCode + quantity) or of an adjustment (amount, negative to take off). */
    public static class ChargeBody {
        public String mrn;
        public String serviceCode;
        public int quantity;
        public Instant renderedAt;
        public BigDecimal amount;
        public String reason;
    }

    /** Body of a reversal. */
    public static class ReversalBody {
        public String reason;
    }

    @GET
    public List<ChargeView> unbilled(@QueryParam("mrn") String mrn) {
        return charges.unbilled(mrn);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response enter(ChargeBody body) {
        ChargeBody b = body == null ? new ChargeBody() : body;
        ChargeView charge = b.amount != null && b.serviceCode == null ? charges.adjust(b.mrn, b.amount, b.reason)
                : charges.enter(b.mrn, b.serviceCode, b.quantity, b.renderedAt, b.reason);
        return Response.status(Response.Status.CREATED).entity(charge).build();
    }

    @POST
    @Path("{id}/reversal")
    @Consumes(MediaType.APPLICATION_JSON)
    public ChargeView reverse(@PathParam("id") String id, ReversalBody body) {
        return charges.reverse(id, body == null ? null : body.reason);
    }
}
