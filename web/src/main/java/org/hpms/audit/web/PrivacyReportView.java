package org.hpms.audit.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.hpms.audit.application.AccessSummary;
import org.hpms.audit.application.AuditTrailQueryService;

/** Privacy reports from the audit trail: who viewed a chart, and which charts a user viewed. */
@Named
@ViewScoped
public class PrivacyReportView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    AuditTrailQueryService auditTrail;

    private String patientMrn;
    private String username;
    private List<AccessSummary> viewersOfPatient;
    private List<AccessSummary> patientsOfUser;

    public void reportForPatient() {
        viewersOfPatient = auditTrail.whoAccessedPatient(patientMrn);
    }

    public void reportForUser() {
        patientsOfUser = auditTrail.patientsAccessedBy(username);
    }

    public String getPatientMrn() {
        return patientMrn;
    }

    public void setPatientMrn(String patientMrn) {
        this.patientMrn = patientMrn;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public List<AccessSummary> getViewersOfPatient() {
        return viewersOfPatient;
    }

    public List<AccessSummary> getPatientsOfUser() {
        return patientsOfUser;
    }
}
