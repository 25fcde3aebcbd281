package org.hpms.billing.rest;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import org.hpms.billing.application.CashierSessionView;
import org.hpms.billing.application.Payments;

/** The calling cashier's session: open with the float, read, close with the counted cash. */
@Path("cashier-sessions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CashierSessionsResource {

    @EJB
    Payments payments;

    /** Body of an opening or a closing. */
    public static class CashBody {
        public BigDecimal amount;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response open(CashBody body) {
        return Response.status(Response.Status.CREATED).entity(payments.openCashierSession(body == null ? null : body.amount)).build();
    }

    @GET
    @Path("current")
    public CashierSessionView current() {
        return payments.currentCashierSession().orElseThrow(() -> new NotFoundException("You have no open cashier session"));
    }

    @POST
    @Path("current/close")
    @Consumes(MediaType.APPLICATION_JSON)
    public CashierSessionView close(CashBody body) {
        return payments.closeCashierSession(body == null ? null : body.amount);
    }
}
