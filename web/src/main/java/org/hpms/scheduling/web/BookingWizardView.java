package org.hpms.scheduling.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import org.hpms.patient.application.PatientDetails;
import org.hpms.patient.application.PatientQueryService;
import org.hpms.patient.domain.InvalidPatientDataException;
import org.hpms.scheduling.application.AppointmentView;
import org.hpms.scheduling.application.Assignment;
import org.hpms.scheduling.application.AssignmentRequest;
import org.hpms.scheduling.application.AssignmentService;
import org.hpms.scheduling.application.BookingRequest;
import org.hpms.scheduling.application.BookingService;
import org.hpms.scheduling.domain.Proposal;
import org.hpms.scheduling.domain.RankingPolicy;
import org.hpms.scheduling.domain.SlotTakenException;
import org.hpms.scheduling.domain.VisitType;
import org.hpms.shared.config.HpmsConfiguration;
import org.hpms.shared.web.Messages;
import org.primefaces.event.FlowEvent;

/**
 * The booking wizard: patient, then what they need (a specialization or their complaint, visit type,
 * when), then the ranked proposals with the reasons, then confirm. Booking checks everything again: a
 * slot taken meanwhile sends the clerk back to fresh proposals.
 */
@Named
@ViewScoped
public class BookingWizardView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM_ID = "booking";

    @EJB
    PatientQueryService patients;
    @EJB
    AssignmentService assignments;
    @EJB
    BookingService booking;

    private String mrn;
    private PatientDetails patient;
    private String specialization;
    private String complaint;
    private VisitType visitType = VisitType.NEW;
    private LocalDate from;
    private LocalDate until;
    private String language;
    private String preferredDoctor;
    private RankingPolicy policy;
    private Assignment assignment;
    private int chosen;
    private AppointmentView booked;

    /** Step by step: each step is checked before the next is shown (going back is always allowed). */
    public String onFlowProcess(FlowEvent event) {
        String next = event.getNewStep();
        if ("need".equals(next) && "patient".equals(event.getOldStep()) && !findPatient()) {
            return event.getOldStep();
        }
        if ("proposal".equals(next) && "need".equals(event.getOldStep()) && !propose()) {
            return event.getOldStep();
        }
        if ("confirm".equals(next) && (assignment == null || assignment.proposals().isEmpty())) {
            Messages.error("No doctor can be proposed: widen the time window or choose another specialization");
            return event.getOldStep();
        }
        return next;
    }

    private boolean findPatient() {
        patient = mrn == null || mrn.isBlank() ? null : patients.findByMrn(mrn.strip()).orElse(null);
        if (patient == null || patient.isMerged()) {
            Messages.fieldError(FORM_ID + ":mrn", patient == null ? "No patient has this MRN" : "This record was merged into "
                    + patient.mergedIntoMrn() + "; book for that record");
            patient = null;
            return false;
        }
        return true;
    }

    private boolean propose() {
        ZoneId zone = HpmsConfiguration.hospitalZone();
        try {
            assignment = assignments.propose(new AssignmentRequest(patient.mrn(), blankToNull(specialization), blankToNull(complaint),
                    visitType, from == null ? null : from.atStartOfDay(zone).toInstant(),
                    until == null ? null : until.plusDays(1).atStartOfDay(zone).toInstant(), blankToNull(language), policy,
                    blankToNull(preferredDoctor)));
            chosen = 0;
            return true;
        } catch (InvalidPatientDataException e) {
            Messages.onFields(FORM_ID, e.getFieldErrors());
            return false;
        }
    }

    public String book() {
        Proposal proposal = getChosenProposal();
        try {
            booked = booking.book(new BookingRequest(patient.mrn(), proposal.doctor(), proposal.slot().interval().start(), visitType,
                    assignment.specialization(), blankToNull(complaint)));
            Messages.info("Booked with " + proposal.doctorName() + " (token issued on arrival)");
            return null;
        } catch (SlotTakenException e) {
            propose();
            Messages.error("That slot was just taken by another booking; here are fresh proposals");
        } catch (InvalidPatientDataException e) {
            Messages.error("Not booked: " + String.join("; ", e.getFieldErrors().values()));
        }
        return null;
    }

    public Proposal getChosenProposal() {
        return assignment == null || assignment.proposals().isEmpty() ? null
                : assignment.proposals().get(Math.min(chosen, assignment.proposals().size() - 1));
    }

    public String getPreferredDoctor() {
        return preferredDoctor;
    }

    public void setPreferredDoctor(String preferredDoctor) {
        this.preferredDoctor = preferredDoctor;
    }

    public RankingPolicy[] getPolicies() {
        return RankingPolicy.values();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public String getMrn() {
        return mrn;
    }

    public void setMrn(String mrn) {
        this.mrn = mrn;
    }

    public PatientDetails getPatient() {
        return patient;
    }

    public String getSpecialization() {
        return specialization;
    }

    public void setSpecialization(String specialization) {
        this.specialization = specialization;
    }

    public String getComplaint() {
        return complaint;
    }

    public void setComplaint(String complaint) {
        this.complaint = complaint;
    }

    public VisitType getVisitType() {
        return visitType;
    }

    public void setVisitType(VisitType visitType) {
        this.visitType = visitType;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getUntil() {
        return until;
    }

    public void setUntil(LocalDate until) {
        this.until = until;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public RankingPolicy getPolicy() {
        return policy;
    }

    public void setPolicy(RankingPolicy policy) {
        this.policy = policy;
    }

    public Assignment getAssignment() {
        return assignment;
    }

    public int getChosen() {
        return chosen;
    }

    public void setChosen(int chosen) {
        this.chosen = chosen;
    }

    public AppointmentView getBooked() {
        return booked;
    }
}
