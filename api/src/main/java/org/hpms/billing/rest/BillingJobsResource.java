package org.hpms.billing.rest;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import org.hpms.billing.application.BillingCycleException;
import org.hpms.billing.application.BillingJobRun;
import org.hpms.billing.application.BillingJobs;

/** The billing jobs for operators and scripts: start a billing cycle, insurance claims or a reconciliation, watch, stop, restart, abandon. */
@Path("billing-jobs")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class BillingJobsResource {

    @EJB
    BillingJobs jobs;

    /** Body of a billing-cycle start. */
    public static class CycleBody {
        public Instant cutoff;
        public int accountsPerChunk = 200;
        public int partitions = BillingJobs.DEFAULT_PARTITIONS;
    }

    /** Body of a reconciliation start. */
    public static class ReconciliationBody {
        public int olderThanSeconds = 60;
    }

    @POST
    @Path("billing-cycle")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response startCycle(CycleBody body) {
        CycleBody b = body == null ? new CycleBody() : body;
        return accepted(jobs.startBillingCycle(b.cutoff, b.accountsPerChunk, b.partitions));
    }

    @POST
    @Path("insurance-claims")
    public Response startClaims() {
        return accepted(jobs.startClaims());
    }

    @POST
    @Path("payment-reconciliation")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response startReconciliation(ReconciliationBody body) {
        return accepted(jobs.startReconciliation(body == null ? 60 : body.olderThanSeconds));
    }

    @GET
    @Path("executions")
    public List<BillingJobRun> executions(@QueryParam("max") @DefaultValue("50") int max) {
        return jobs.allRuns(Math.min(Math.max(max, 1), 500));
    }

    @GET
    @Path("executions/{id}")
    public BillingJobRun execution(@PathParam("id") long id) {
        return jobs.run(id);
    }

    @GET
    @Path("executions/{id}/exceptions")
    public List<BillingCycleException> exceptions(@PathParam("id") long id, @QueryParam("max") @DefaultValue("200") int max) {
        return jobs.exceptions(id, Math.min(Math.max(max, 1), 5000));
    }

    @POST
    @Path("executions/{id}/stop")
    public BillingJobRun stop(@PathParam("id") long id) {
        jobs.stop(id);
        return jobs.run(id);
    }

    @POST
    @Path("executions/{id}/restart")
    public Response restart(@PathParam("id") long id) {
        return accepted(jobs.restart(id));
    }

    @POST
    @Path("executions/{id}/abandon")
    public BillingJobRun abandon(@PathParam("id") long id) {
        jobs.abandon(id);
        return jobs.run(id);
    }

    private Response accepted(long execution) {
        return Response.accepted(jobs.run(execution)).build();
    }
}
