package org.hpms.billing.rest;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.hpms.billing.application.MobileMoneyCallback;
import org.hpms.billing.application.MobileMoneyCallbacks;

/**
 * Payment gateways' callbacks. Open without a staff login (web.xml): each callback proves itself with
 * its signature, which the service checks before anything else; a refused one is answered 400 with the reason.
 */
@Path("payments/callbacks")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PaymentCallbacksResource {

    @EJB
    MobileMoneyCallbacks mobileMoney;

    @POST
    @Path("mobile-money")
    @Consumes(MediaType.APPLICATION_JSON)
    public Map<String, String> mobileMoney(MobileMoneyCallback callback) {
        return Map.of("status", mobileMoney.accept(callback).name());
    }
}
