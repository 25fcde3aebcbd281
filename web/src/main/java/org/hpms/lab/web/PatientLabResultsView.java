package org.hpms.lab.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.hpms.lab.application.LabReportView;
import org.hpms.lab.application.LabResultQueries;
import org.hpms.patient.domain.InvalidPatientDataException;
import org.hpms.patient.domain.UnknownPatientException;

/** The lab results card of the patient chart: the latest current reports, each opening its result page. */
@Named
@ViewScoped
public class PatientLabResultsView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int SHOWN = 20;

    @EJB
    LabResultQueries results;

    private List<LabReportView> reports = List.of();
    private boolean loaded;

    public void load(String mrn) {
        if (!loaded && mrn != null) {
            loaded = true;
            try {
                reports = results.recentReports(mrn, SHOWN);
            } catch (InvalidPatientDataException | UnknownPatientException e) {
                reports = List.of(); // the patient page explains (unknown or merged record)
            }
        }
    }

    public List<LabReportView> getReports() {
        return reports;
    }
}
