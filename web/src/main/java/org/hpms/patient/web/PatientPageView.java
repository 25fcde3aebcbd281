package org.hpms.patient.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import org.hpms.patient.application.PatientDetails;
import org.hpms.patient.application.PatientQueryService;

/** The patient page, addressed by MRN ({@code view.xhtml?mrn=...}). */
@Named
@ViewScoped
public class PatientPageView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    PatientQueryService patients;

    private String mrn;
    private PatientDetails patient;

    /** Loads once per view; postbacks reuse what was loaded (and audited) already. */
    public void load() {
        if (patient == null && mrn != null) {
            patient = patients.findByMrn(mrn).orElse(null);
        }
    }

    public boolean isFound() {
        return patient != null;
    }

    public PatientDetails getPatient() {
        return patient;
    }

    public int getAge() {
        return patient.ageOn(LocalDate.now());
    }

    public String getMrn() {
        return mrn;
    }

    public void setMrn(String mrn) {
        this.mrn = mrn;
    }
}
