package org.hpms.scheduling.rest;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import org.hpms.scheduling.application.BookingService;
import org.hpms.scheduling.domain.Slot;
import org.hpms.scheduling.domain.VisitType;
import org.hpms.shared.rest.Problem;

/** A doctor's free slots: {@code GET /doctors/{username}/slots?from=2026-12-01&until=2026-12-07&visitType=NEW}. */
@Path("doctors")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class DoctorsResource {

    @EJB
    BookingService booking;

    @GET
    @Path("{doctor}/slots")
    public Response freeSlots(@PathParam("doctor") String doctor, @QueryParam("from") String from, @QueryParam("until") String until,
                              @QueryParam("visitType") VisitType visitType) {
        if (from == null) {
            return Problem.response(Response.Status.BAD_REQUEST, "Invalid dates", Map.of("from", "from is required"));
        }
        try {
            LocalDate first = LocalDate.parse(from);
            LocalDate last = until == null ? first : LocalDate.parse(until);
            List<Slot> slots = booking.freeSlots(doctor, visitType, first, last);
            return Response.ok(slots).build();
        } catch (DateTimeParseException e) {
            return Problem.response(Response.Status.BAD_REQUEST, "Invalid dates",
                    Map.of("from", "from (and until) must be dates like 2026-12-01"));
        }
    }

}
