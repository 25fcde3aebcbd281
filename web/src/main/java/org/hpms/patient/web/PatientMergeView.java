package org.hpms.patient.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Optional;
import java.util.stream.Collectors;
import org.hpms.patient.application.MergeReport;
import org.hpms.patient.application.PatientDetails;
import org.hpms.patient.application.PatientMergeService;
import org.hpms.patient.application.PatientQueryService;
import org.hpms.patient.domain.InvalidPatientDataException;
import org.hpms.shared.web.Messages;

/** Admin screen to merge two records of the same person: look at both, then merge with a reason. */
@Named
@ViewScoped
public class PatientMergeView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM_ID = "merge";

    @EJB
    PatientQueryService patients;

    @EJB
    PatientMergeService merges;

    private String survivingMrn;
    private String obsoleteMrn;
    private String reason;
    private PatientDetails survivor;
    private PatientDetails obsolete;
    private MergeReport report;

    /** Shows both records side by side so the administrator can confirm they are the same person. */
    public void compare() {
        report = null;
        survivor = find(survivingMrn, "survivingMrn").orElse(null);
        obsolete = find(obsoleteMrn, "obsoleteMrn").orElse(null);
    }

    private Optional<PatientDetails> find(String mrn, String field) {
        Optional<PatientDetails> found = patients.findByMrn(mrn);
        if (found.isEmpty()) {
            Messages.fieldError(FORM_ID + ":" + field, "No patient has this medical record number");
        }
        return found;
    }

    public void merge() {
        try {
            report = merges.merge(survivingMrn, obsoleteMrn, reason);
            Messages.info("Merged MRN " + report.obsoleteMrn() + " into MRN " + report.survivingMrn() + "; "
                    + report.totalMoved() + " record(s) moved");
            survivor = null;
            obsolete = null;
            reason = null;
        } catch (InvalidPatientDataException e) {
            Messages.onFields(FORM_ID, e.getFieldErrors());
        }
    }

    /** "Encounter: 3, VitalSigns: 5", for the confirmation. */
    public String getMoved() {
        return report == null ? "" : report.movedRecords().entrySet().stream()
                .map(entry -> entry.getKey() + ": " + entry.getValue()).collect(Collectors.joining(", "));
    }

    public boolean isComparable() {
        return survivor != null && obsolete != null;
    }

    public PatientDetails getSurvivor() {
        return survivor;
    }

    public PatientDetails getObsolete() {
        return obsolete;
    }

    public MergeReport getReport() {
        return report;
    }

    public String getSurvivingMrn() {
        return survivingMrn;
    }

    public void setSurvivingMrn(String survivingMrn) {
        this.survivingMrn = survivingMrn;
    }

    public String getObsoleteMrn() {
        return obsoleteMrn;
    }

    public void setObsoleteMrn(String obsoleteMrn) {
        this.obsoleteMrn = obsoleteMrn;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
