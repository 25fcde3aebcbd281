package org.hpms.patient.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.hpms.patient.application.PatientSummary;
import org.hpms.patient.application.PatientRegistrationService;
import org.hpms.patient.domain.Demographics;
import org.hpms.patient.domain.DuplicatePatientException;
import org.hpms.patient.domain.InvalidPatientDataException;
import org.hpms.patient.domain.MedicalRecordNumber;
import org.hpms.shared.web.Messages;

/** The registration form: binds to {@link Demographics} and hands it to the registration service. */
@Named
@ViewScoped
public class PatientRegistrationView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM_ID = "registration";

    @EJB
    PatientRegistrationService registration;

    private final Demographics form = new Demographics();
    private String duplicateMrn;
    private List<PatientSummary> likelyDuplicates = List.of();

    /** Registers unless the patient looks already registered; then the clerk sees the candidates first. */
    public String register() {
        likelyDuplicates = registration.findLikelyDuplicates(form);
        if (!likelyDuplicates.isEmpty()) {
            return null;
        }
        return registerAnyway();
    }

    /** The clerk has seen the likely duplicates and confirms that this is a different person. */
    public String registerAnyway() {
        duplicateMrn = null;
        try {
            MedicalRecordNumber mrn = registration.register(form);
            Messages.info("Patient registered with MRN " + mrn);
            Messages.keepForRedirect();
            return "/patients/view?faces-redirect=true&mrn=" + mrn;
        } catch (DuplicatePatientException e) {
            duplicateMrn = e.getExistingMrn() == null ? null : e.getExistingMrn().value();
            Messages.fieldError(FORM_ID + ":nationalId", "A patient with this national id is already registered");
            return null;
        } catch (InvalidPatientDataException e) {
            e.getFieldErrors().forEach((field, reason) -> Messages.fieldError(FORM_ID + ":" + field, reason));
            return null;
        }
    }

    public Demographics getForm() {
        return form;
    }

    public List<PatientSummary> getLikelyDuplicates() {
        return likelyDuplicates;
    }

    public String getDuplicateMrn() {
        return duplicateMrn;
    }

    public LocalDate getToday() {
        return LocalDate.now();
    }

    public LocalDate getEarliestBirthDate() {
        return Demographics.earliestBirthDate(LocalDate.now());
    }
}
