package org.hpms.lab.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.hpms.lab.application.LabReportView;
import org.hpms.lab.application.LabResultsInbox;

/** A doctor's results inbox: reports to review, critical first, then abnormal, newest first. */
@Named
@ViewScoped
public class ResultsInboxView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    LabResultsInbox inbox;

    private List<LabReportView> reports;

    public void load() {
        if (reports == null) {
            reports = inbox.inbox();
        }
    }

    /** Row style: critical reports stand out, abnormal ones are marked. */
    public String rowClass(LabReportView report) {
        return report.critical() ? "lab-critical" : report.abnormal() ? "lab-abnormal" : null;
    }

    public List<LabReportView> getReports() {
        return reports;
    }
}
