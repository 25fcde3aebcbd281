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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.List;
import org.hpms.billing.application.DraftOutcome;
import org.hpms.billing.application.InvoiceDetails;
import org.hpms.billing.application.InsuranceClaims;
import org.hpms.billing.application.InvoiceView;
import org.hpms.billing.application.Invoicing;
import org.hpms.billing.application.PaymentView;
import org.hpms.billing.application.StatementView;

/** Invoices: draft (and issue) from a patient's unbilled charges, read, list per patient, void, claim the insurer's share. Billing staff only (the service decides). */
@Path("invoices")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class InvoicesResource {

    @EJB
    Invoicing invoicing;

    @EJB
    InsuranceClaims claims;

    @Context
    UriInfo uri;

    /** Body of an invoice request: the patient, charges rendered up to when (default now), and whether to issue it at once. */
    public static class InvoiceRequest {
        public String mrn;
        public Instant billedUntil;
        public boolean issue;
    }

    /** Body of a void. */
    public static class VoidRequest {
        public String reason;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(InvoiceRequest request) {
        DraftOutcome draft = invoicing.draft(request == null ? null : request.mrn, request == null ? null : request.billedUntil);
        if (request != null && request.issue) {
            InvoiceView issued = invoicing.issue(draft.invoice().id());
            return Response.created(uri.getBaseUriBuilder().path("invoices").path(issued.number()).build())
                    .entity(new DraftOutcome(issued, draft.unpriced())).build();
        }
        return Response.status(Response.Status.CREATED).entity(draft).build();
    }

    @POST
    @Path("drafts/{id}/issue")
    public Response issue(@PathParam("id") String draftId) {
        InvoiceView issued = invoicing.issue(draftId);
        return Response.created(uri.getBaseUriBuilder().path("invoices").path(issued.number()).build()).entity(issued).build();
    }

    @GET
    public List<InvoiceView> ofPatient(@QueryParam("mrn") String mrn) {
        return invoicing.ofPatient(mrn);
    }

    /** The patient's statement of account: every invoice, credit note, payment and refund with the running balance. */
    @GET
    @Path("statement")
    public StatementView statement(@QueryParam("mrn") String mrn) {
        return invoicing.statement(mrn);
    }

    @GET
    @Path("statement")
    @Produces("application/pdf")
    public Response statementPdf(@QueryParam("mrn") String mrn) {
        return pdf(invoicing.statementPdf(mrn), "statement-" + mrn + ".pdf");
    }

    @GET
    @Path("{number}")
    public InvoiceDetails invoice(@PathParam("number") String number) {
        return invoicing.details(number);
    }

    /** The invoice or credit note as printed (Accept: application/pdf). */
    @GET
    @Path("{number}")
    @Produces("application/pdf")
    public Response invoicePdf(@PathParam("number") String number) {
        return pdf(invoicing.pdf(number), "invoice-" + number + ".pdf");
    }

    private static Response pdf(byte[] pdf, String name) {
        return Response.ok(pdf, "application/pdf").header("Content-Disposition", "attachment; filename=\"" + name.replaceAll("[^A-Za-z0-9._-]", "_")
                + "\"").build();
    }

    /** Claims what the insurer still owes on the invoice (the claim job does this hourly; this is for a claim to send again now). */
    @POST
    @Path("{number}/claims")
    public Response claim(@PathParam("number") String number) {
        return Response.status(Response.Status.CREATED).entity(claims.submit(number)).build();
    }

    @GET
    @Path("{number}/claims")
    public List<PaymentView> claims(@PathParam("number") String number) {
        return claims.claims(number);
    }

    @POST
    @Path("{number}/void")
    @Consumes(MediaType.APPLICATION_JSON)
    public InvoiceView voidInvoice(@PathParam("number") String number, VoidRequest request) {
        return invoicing.voidInvoice(number, request == null ? null : request.reason);
    }
}
