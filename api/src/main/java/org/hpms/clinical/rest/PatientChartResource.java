package org.hpms.clinical.rest;

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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import org.hpms.clinical.application.AllergyService;
import org.hpms.clinical.application.AllergyView;
import org.hpms.clinical.application.ChartService;
import org.hpms.clinical.application.ChartSummary;
import org.hpms.clinical.application.EncounterService;
import org.hpms.clinical.application.EncounterSummary;
import org.hpms.clinical.application.MedicationView;
import org.hpms.clinical.application.PrescriptionService;
import org.hpms.clinical.application.VitalSignsService;
import org.hpms.clinical.application.VitalsView;
import org.hpms.clinical.domain.AllergyEntry;
import org.hpms.clinical.domain.EncounterEntry;
import org.hpms.shared.rest.Problem;

/** A patient's chart under {@code /patients/{mrn}/...}: one service call per request. */
@Path("patients") // the same root as PatientsResource: JAX-RS picks one root class per request, so both share it
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PatientChartResource {

    @EJB
    ChartService charts;
    @EJB
    EncounterService encounters;
    @EJB
    AllergyService allergies;
    @EJB
    PrescriptionService prescriptions;
    @EJB
    VitalSignsService vitalSigns;

    @Context
    UriInfo uri;

    @PathParam("mrn")
    String mrn;

    public record Timeline(long total, int first, List<EncounterSummary> encounters) {
    }

    public record Created(String id) {
    }

    @GET
    @Path("{mrn}/summary")
    public ChartSummary summary() {
        return charts.summary(mrn);
    }

    @GET
    @Path("{mrn}/summary.pdf")
    @Produces("application/pdf")
    public Response printableSummary() {
        return Response.ok(charts.printableSummary(mrn), "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"patient-summary-" + mrn + ".pdf\"").build();
    }

    @GET
    @Path("{mrn}/encounters")
    public Response timeline(@QueryParam("first") @DefaultValue("0") int first, @QueryParam("max") @DefaultValue("20") int max) {
        if (first < 0 || max < 1 || max > ChartService.MAX_PAGE_SIZE) {
            return Problem.response(Response.Status.BAD_REQUEST, "Invalid page",
                    Map.of("max", "first must be 0 or more and max between 1 and " + ChartService.MAX_PAGE_SIZE));
        }
        List<EncounterSummary> page = charts.timeline(mrn, first, max);
        return Response.ok(new Timeline(charts.countEncounters(mrn), first, page)).build();
    }

    @POST
    @Path("{mrn}/encounters")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response openEncounter(EncounterEntry entry) {
        String id = encounters.open(mrn, entry);
        return Response.created(uri.getBaseUriBuilder().path("encounters").path(id).build()).entity(new Created(id)).build();
    }

    @GET
    @Path("{mrn}/allergies")
    public List<AllergyView> allergies() {
        return allergies.activeAllergies(mrn);
    }

    @POST
    @Path("{mrn}/allergies")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response recordAllergy(AllergyEntry entry) {
        return Response.status(Response.Status.CREATED).entity(new Created(allergies.record(mrn, entry))).build();
    }

    @GET
    @Path("{mrn}/medications")
    public List<MedicationView> currentMedications() {
        return prescriptions.current(mrn);
    }

    @GET
    @Path("{mrn}/vitals")
    public List<VitalsView> vitals(@QueryParam("points") @DefaultValue("50") int points) {
        return vitalSigns.trend(mrn, points);
    }
}
