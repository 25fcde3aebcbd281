package org.hpms.billing.rest;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.hpms.billing.application.BillingPlans;

/** How a patient pays (discount scheme, insurer and member number), set by registration or billing staff. */
@Path("billing-plans")
@RequestScoped
public class BillingPlansResource {

    @EJB
    BillingPlans plans;

    /** Body of a billing plan: codes of the scheme and insurer (blank: none) and the member number with the insurer. */
    public static class PlanBody {
        public String discountScheme;
        public String payer;
        public String memberNumber;
    }

    @PUT
    @Path("{mrn}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response set(@PathParam("mrn") String mrn, PlanBody body) {
        PlanBody plan = body == null ? new PlanBody() : body;
        plans.set(mrn, plan.discountScheme, plan.payer, plan.memberNumber);
        return Response.noContent().build();
    }
}
