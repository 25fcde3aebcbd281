package org.hpms.shared.rest;

import jakarta.ejb.EJBAccessException;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.hpms.patient.domain.InvalidPatientDataException;
import org.hpms.patient.domain.StaleRecordException;
import org.hpms.patient.domain.UnknownPatientException;
import org.hpms.scheduling.domain.SlotTakenException;

/** Turns failures into problem answers with the right status; never a stack trace, never PHI in a log. */
public final class ProblemMappers {

    private ProblemMappers() {
    }

    @Provider
    public static class AccessDenied implements ExceptionMapper<EJBAccessException> {
        @Override
        public Response toResponse(EJBAccessException exception) {
            return Problem.response(Response.Status.FORBIDDEN, "Your role does not allow this");
        }
    }

    @Provider
    public static class InvalidData implements ExceptionMapper<InvalidPatientDataException> {
        @Override
        public Response toResponse(InvalidPatientDataException exception) {
            return Problem.response(Response.Status.BAD_REQUEST, "Invalid data", exception.getFieldErrors());
        }
    }

    @Provider
    public static class UnknownPatient implements ExceptionMapper<UnknownPatientException> {
        @Override
        public Response toResponse(UnknownPatientException exception) {
            return Problem.response(Response.Status.NOT_FOUND, "No patient with this medical record number");
        }
    }

    @Provider
    public static class StaleRecord implements ExceptionMapper<StaleRecordException> {
        @Override
        public Response toResponse(StaleRecordException exception) {
            return Problem.response(Response.Status.PRECONDITION_FAILED, exception.getMessage());
        }
    }

    @Provider
    public static class SlotTaken implements ExceptionMapper<SlotTakenException> {
        @Override
        public Response toResponse(SlotTakenException exception) {
            return Problem.response(Response.Status.CONFLICT, exception.getMessage());
        }
    }

    @Provider
    public static class CallbackRefused implements ExceptionMapper<org.hpms.billing.domain.CallbackRefusedException> {
        @Override
        public Response toResponse(org.hpms.billing.domain.CallbackRefusedException exception) {
            return Problem.response(Response.Status.BAD_REQUEST, exception.getMessage());
        }
    }

    /** The body could not be read as JSON of the expected shape (RESTEasy reports it either way). */
    static Response malformedBody() {
        return Problem.response(Response.Status.BAD_REQUEST, "The request body is not valid JSON of the expected shape");
    }

    @Provider
    public static class MalformedBody implements ExceptionMapper<ProcessingException> {
        @Override
        public Response toResponse(ProcessingException exception) {
            return malformedBody();
        }
    }

    @Provider
    public static class MalformedJson implements ExceptionMapper<JsonbException> {
        @Override
        public Response toResponse(JsonbException exception) {
            return malformedBody();
        }
    }

    @Provider
    public static class Http implements ExceptionMapper<WebApplicationException> {
        @Override
        public Response toResponse(WebApplicationException exception) {
            Response.Status status = Response.Status.fromStatusCode(exception.getResponse().getStatus());
            return Problem.response(status == null ? Response.Status.BAD_REQUEST : status,
                    status == null ? "Request refused" : status.getReasonPhrase());
        }
    }

    @Provider
    public static class Unexpected implements ExceptionMapper<RuntimeException> {
        private static final Logger LOG = Logger.getLogger(Unexpected.class.getName());

        @Override
        public Response toResponse(RuntimeException exception) {
            // The class name only: messages of persistence errors can quote stored values.
            LOG.log(Level.SEVERE, "API request failed: {0}", exception.getClass().getName());
            return Problem.response(Response.Status.INTERNAL_SERVER_ERROR, "The request could not be completed; nothing was changed by it");
        }
    }
}
