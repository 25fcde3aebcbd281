package org.hpms.patient.rest;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import org.hpms.patient.application.ChangeView;
import org.hpms.patient.application.PatientDetails;
import org.hpms.patient.application.PatientQueryService;
import org.hpms.patient.application.PatientRecordService;
import org.hpms.patient.application.PatientRegistrationService;
import org.hpms.patient.application.PatientSearchCriteria;
import org.hpms.patient.application.PatientSummary;
import org.hpms.patient.domain.Demographics;
import org.hpms.patient.domain.DuplicatePatientException;
import org.hpms.patient.domain.InvalidPatientDataException;
import org.hpms.patient.domain.MedicalRecordNumber;
import org.hpms.shared.rest.Problem;

/**
 * Patients over HTTP: register, read by MRN, search. Each method makes one service call; roles and
 * the audit trail are the services' business, exactly as for the screens.
 */
@Path("patients")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PatientsResource {

    public static final int DEFAULT_PAGE_SIZE = 50;

    @EJB
    PatientRegistrationService registration;

    @EJB
    PatientQueryService patients;

    @EJB
    PatientRecordService records;

    @Context
    UriInfo uri;

    public record Registered(String mrn) {
    }

    public record SearchResult(long total, int first, List<PatientSummary> patients) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response register(Demographics demographics) {
        try {
            MedicalRecordNumber mrn = registration.register(demographics);
            return Response.created(uri.getAbsolutePathBuilder().path(mrn.value()).build())
                    .entity(new Registered(mrn.value())).build();
        } catch (InvalidPatientDataException e) {
            return Problem.response(Response.Status.BAD_REQUEST, "Invalid patient data", e.getFieldErrors());
        } catch (DuplicatePatientException e) {
            Response.ResponseBuilder conflict = Response.status(Response.Status.CONFLICT).type(Problem.MEDIA_TYPE)
                    .entity(new Problem(409, e.getMessage(), Map.of("nationalId", "already registered")));
            if (e.getExistingMrn() != null) {
                conflict.location(uri.getAbsolutePathBuilder().path(e.getExistingMrn().value()).build());
            }
            return conflict.build();
        }
    }

    @GET
    @Path("{mrn}")
    public Response read(@PathParam("mrn") String mrn) {
        return patients.findByMrn(mrn)
                .map(details -> Response.ok(details).tag(String.valueOf(details.version())).build())
                .orElseGet(() -> Problem.response(Response.Status.NOT_FOUND, "No patient with this medical record number"));
    }

    /**
     * Replaces the demographics. The client names the version it read (ETag of GET) in If-Match;
     * a record changed since then is not overwritten (412).
     */
    @PUT
    @Path("{mrn}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response update(@PathParam("mrn") String mrn, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, Demographics edited) {
        Long version = versionOf(ifMatch);
        if (version == null) {
            return Problem.response(Response.Status.PRECONDITION_REQUIRED,
                    "Send If-Match with the ETag of the record you edited, so that nobody's change is overwritten");
        }
        try {
            PatientDetails saved = records.update(mrn, version, edited);
            return Response.ok(saved).tag(String.valueOf(saved.version())).build();
        } catch (DuplicatePatientException e) {
            return Problem.response(Response.Status.CONFLICT, e.getMessage(), Map.of("nationalId", "belongs to another patient"));
        }
    }

    @GET
    @Path("{mrn}/history")
    public List<ChangeView> history(@PathParam("mrn") String mrn) {
        return records.history(mrn);
    }

    private static Long versionOf(String ifMatch) {
        if (ifMatch == null) {
            return null;
        }
        String tag = ifMatch.strip().replace("W/", "").replace("\"", "");
        try {
            return Long.valueOf(tag);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    @GET
    public Response search(@QueryParam("mrn") String mrn, @QueryParam("name") String name, @QueryParam("phone") String phone,
                           @QueryParam("birthDate") String birthDate, @QueryParam("nationalId") String nationalId,
                           @QueryParam("first") @DefaultValue("0") int first,
                           @QueryParam("max") @DefaultValue("" + DEFAULT_PAGE_SIZE) int max) {
        LocalDate born;
        try {
            born = birthDate == null || birthDate.isBlank() ? null : LocalDate.parse(birthDate.trim());
        } catch (DateTimeParseException e) {
            return Problem.response(Response.Status.BAD_REQUEST, "Invalid search",
                    Map.of("birthDate", "Date of birth must be a date like 1980-12-31"));
        }
        if (first < 0 || max < 1 || max > PatientQueryService.MAX_PAGE_SIZE) {
            return Problem.response(Response.Status.BAD_REQUEST, "Invalid search",
                    Map.of("max", "first must be 0 or more and max between 1 and " + PatientQueryService.MAX_PAGE_SIZE));
        }
        PatientSearchCriteria criteria = new PatientSearchCriteria(mrn, name, phone, born, nationalId);
        try {
            List<PatientSummary> rows = patients.search(criteria, first, max);
            long total = first == 0 && rows.size() < max ? rows.size() : patients.count(criteria);
            return Response.ok(new SearchResult(total, first, rows)).build();
        } catch (InvalidPatientDataException e) {
            return Problem.response(Response.Status.BAD_REQUEST, "Invalid search", e.getFieldErrors());
        }
    }
}
