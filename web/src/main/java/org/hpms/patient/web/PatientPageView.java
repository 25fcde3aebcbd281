package org.hpms.patient.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import org.hpms.patient.application.IdentifierView;
import org.hpms.patient.application.PatientDetails;
import org.hpms.patient.application.PatientQueryService;
import org.hpms.patient.application.PatientRecordService;

/** The patient page, addressed by MRN ({@code view.xhtml?mrn=...}): demographics for every staff role. */
@Named
@ViewScoped
public class PatientPageView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    PatientQueryService patients;

    @EJB
    PatientRecordService records;

    private String mrn;
    private PatientDetails patient;
    private List<IdentifierView> identifiers = List.of();
    private String photo;

    /** Loads once per view; postbacks reuse what was loaded (and audited) already. */
    public void load() {
        if (patient == null && mrn != null) {
            patient = patients.findByMrn(mrn).orElse(null);
            if (patient != null && !patient.isMerged()) {
                identifiers = records.identifiers(mrn);
                photo = records.photo(mrn)
                        .map(p -> "data:" + p.contentType() + ";base64," + Base64.getEncoder().encodeToString(p.content()))
                        .orElse(null);
            }
        }
    }

    public boolean isFound() {
        return patient != null;
    }

    /** Found and current (not merged into another record): the chart can be shown. */
    public boolean isCurrent() {
        return patient != null && !patient.isMerged();
    }

    public PatientDetails getPatient() {
        return patient;
    }

    public int getAge() {
        return patient.ageOn(LocalDate.now());
    }

    public boolean isInsured() {
        return patient.isInsuredOn(LocalDate.now());
    }

    public List<IdentifierView> getIdentifiers() {
        return identifiers;
    }

    /** The photo as a data: URI for an img tag (at most 2 MB), or null. */
    public String getPhoto() {
        return photo;
    }

    public String getMrn() {
        return mrn;
    }

    public void setMrn(String mrn) {
        this.mrn = mrn;
    }
}
