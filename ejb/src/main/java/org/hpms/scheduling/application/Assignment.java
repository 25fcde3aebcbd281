package org.hpms.scheduling.application;

import java.io.Serializable;
import java.util.List;
import org.hpms.scheduling.domain.Proposal;

/** Ranked proposals (best first, each with its reason) and why the other doctors of the specialization were left out. */
public record Assignment(String specialization, List<Proposal> proposals, List<String> exclusions) implements Serializable {

    /** The booking that takes up one of these proposals for the request they were made for. */
    public BookingRequest bookingFor(AssignmentRequest request, Proposal proposal) {
        return new BookingRequest(request.mrn(), proposal.doctor(), proposal.slot().interval().start(), request.visitTypeOrNew(),
                specialization, request.complaint());
    }
}
