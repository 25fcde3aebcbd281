package org.hpms.patient.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.hpms.patient.application.ChangeView;
import org.hpms.patient.application.PatientDetails;
import org.hpms.patient.application.PatientQueryService;
import org.hpms.patient.application.PatientRecordService;
import org.hpms.patient.domain.Demographics;
import org.hpms.patient.domain.DuplicatePatientException;
import org.hpms.patient.domain.InvalidPatientDataException;
import org.hpms.patient.domain.StaleRecordException;
import org.hpms.shared.web.Messages;
import org.primefaces.event.FileUploadEvent;

/**
 * Editing demographics ({@code edit.xhtml?mrn=...}). The version read when the page opened travels
 * with the save, so a clerk who saves over somebody else's newer change is told instead of winning.
 */
@Named
@ViewScoped
public class PatientEditView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM_ID = "edit";

    @EJB
    PatientQueryService patients;

    @EJB
    PatientRecordService records;

    private String mrn;
    private PatientDetails patient;
    private Demographics form;
    private List<ChangeView> history = List.of();
    private String issuer;
    private String identifier;

    public void load() {
        if (patient == null && mrn != null) {
            patient = patients.findByMrn(mrn).filter(p -> !p.isMerged()).orElse(null);
            if (patient != null) {
                form = records.demographicsForEdit(mrn);
                history = records.history(mrn);
            }
        }
    }

    public String save() {
        try {
            records.update(mrn, patient.version(), form);
            Messages.info("Demographics saved");
            Messages.keepForRedirect();
            return "/patients/view?faces-redirect=true&mrn=" + mrn;
        } catch (StaleRecordException e) {
            Messages.error("Not saved: " + e.getMessage() + ".");
            return null;
        } catch (DuplicatePatientException e) {
            Messages.fieldError(FORM_ID + ":nationalId", "This national id belongs to MRN "
                    + (e.getExistingMrn() == null ? "?" : e.getExistingMrn().value()));
            return null;
        } catch (InvalidPatientDataException e) {
            Messages.onFields(FORM_ID, e.getFieldErrors());
            return null;
        }
    }

    /** Starts again from what is saved now (after somebody else's change). */
    public void reload() {
        patient = null;
        load();
    }

    public void uploadPhoto(FileUploadEvent event) {
        try {
            records.changePhoto(mrn, event.getFile().getContentType(), event.getFile().getContent());
            Messages.info("Photo saved");
        } catch (InvalidPatientDataException e) {
            e.getFieldErrors().values().forEach(Messages::error);
        }
    }

    public void addIdentifier() {
        try {
            records.addIdentifier(mrn, issuer, identifier);
            Messages.info("Identifier added");
            issuer = null;
            identifier = null;
        } catch (InvalidPatientDataException e) {
            Messages.onFields("identifiers", e.getFieldErrors());
        }
    }

    public boolean isFound() {
        return patient != null;
    }

    public PatientDetails getPatient() {
        return patient;
    }

    public Demographics getForm() {
        return form;
    }

    public List<ChangeView> getHistory() {
        return history;
    }

    public LocalDate getToday() {
        return LocalDate.now();
    }

    public String getMrn() {
        return mrn;
    }

    public void setMrn(String mrn) {
        this.mrn = mrn;
    }

    public String getIssuer() {
        return issuer;
    }

    public void setIssuer(String issuer) {
        this.issuer = issuer;
    }

    public String getIdentifier() {
        return identifier;
    }

    public void setIdentifier(String identifier) {
        this.identifier = identifier;
    }
}
