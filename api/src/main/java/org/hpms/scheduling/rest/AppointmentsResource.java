package org.hpms.scheduling.rest;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.hpms.scheduling.application.AppointmentView;
import org.hpms.scheduling.application.Assignment;
import org.hpms.scheduling.application.AssignmentRequest;
import org.hpms.scheduling.application.AssignmentService;
import org.hpms.scheduling.application.BookingRequest;
import org.hpms.scheduling.application.BookingService;
import org.hpms.scheduling.application.NotificationView;

/** Bookings and cancellations; the same rules and roles as the screens (the services decide). */
@Path("appointments")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AppointmentsResource {

    @EJB
    BookingService booking;

    @EJB
    AssignmentService assignments;

    @Context
    UriInfo uri;

    /** Body of a cancellation. */
    public static class Cancellation {
        public String reason;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response book(BookingRequest request) {
        AppointmentView booked = booking.book(request);
        return Response.created(uri.getBaseUriBuilder().path("appointments").path(booked.id()).build()).entity(booked).build();
    }

    /** Automated assignment: proposals only ({@code /appointments/proposals}) or propose and book ({@code /appointments/auto}). */
    @POST
    @Path("proposals")
    @Consumes(MediaType.APPLICATION_JSON)
    public Assignment propose(AssignmentRequest request) {
        return assignments.propose(request);
    }

    @POST
    @Path("auto")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response assignAndBook(AssignmentRequest request) {
        AppointmentView booked = assignments.assignAndBook(request);
        return Response.created(uri.getBaseUriBuilder().path("appointments").path(booked.id()).build()).entity(booked).build();
    }

    @GET
    @Path("{id}")
    public AppointmentView appointment(@PathParam("id") String id) {
        return booking.details(id);
    }

    /** How the reminders of the appointment were delivered (status, attempts, last error). */
    @GET
    @Path("{id}/notifications")
    public List<NotificationView> notifications(@PathParam("id") String id) {
        return booking.notifications(id);
    }

    @POST
    @Path("{id}/cancel")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response cancel(@PathParam("id") String id, Cancellation cancellation) {
        booking.cancel(id, cancellation == null ? null : cancellation.reason);
        return Response.noContent().build();
    }
}
