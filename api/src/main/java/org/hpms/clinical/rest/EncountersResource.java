package org.hpms.clinical.rest;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.hpms.clinical.application.ClinicalNoteService;
import org.hpms.clinical.application.DiagnosisService;
import org.hpms.clinical.application.EncounterDetails;
import org.hpms.clinical.application.EncounterService;
import org.hpms.clinical.application.PrescriptionService;
import org.hpms.clinical.application.VitalSignsService;
import org.hpms.clinical.domain.DiagnosisEntry;
import org.hpms.clinical.domain.NoteType;
import org.hpms.clinical.domain.PrescriptionEntry;
import org.hpms.clinical.domain.VitalSignsEntry;

/** One encounter and what is recorded in it, under {@code /encounters/{id}}. */
@Path("encounters/{id}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EncountersResource {

    @EJB
    EncounterService encounters;
    @EJB
    DiagnosisService diagnoses;
    @EJB
    VitalSignsService vitalSigns;
    @EJB
    PrescriptionService prescriptions;
    @EJB
    ClinicalNoteService notes;

    @PathParam("id")
    String id;

    /** Body of a new note. */
    public static class NoteEntry {
        public NoteType type;
        public String text;
    }

    /** Body of ending an encounter. */
    public static class Ending {
        public String dischargeSummary;
    }

    @GET
    public EncounterDetails details() {
        return encounters.details(id);
    }

    @POST
    @Path("diagnoses")
    public Response diagnose(DiagnosisEntry entry) {
        return created(diagnoses.diagnose(id, entry));
    }

    @POST
    @Path("vitals")
    public Response recordVitals(VitalSignsEntry entry) {
        return created(vitalSigns.record(id, entry));
    }

    @POST
    @Path("prescriptions")
    public Response prescribe(PrescriptionEntry entry) {
        return created(prescriptions.prescribe(id, entry));
    }

    @POST
    @Path("notes")
    public Response sign(NoteEntry entry) {
        return created(notes.sign(id, entry == null ? null : entry.type, entry == null ? null : entry.text));
    }

    @POST
    @Path("end")
    public Response end(Ending ending) {
        encounters.end(id, ending == null ? null : ending.dischargeSummary);
        return Response.noContent().build();
    }

    private static Response created(String recordId) {
        return Response.status(Response.Status.CREATED).entity(new PatientChartResource.Created(recordId)).build();
    }
}
