package org.hpms.lab.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.io.Serializable;
import java.security.Principal;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.hpms.lab.application.LabObservationView;
import org.hpms.lab.application.LabReportDetails;
import org.hpms.lab.application.LabResultQueries;
import org.hpms.lab.application.LabResultsInbox;
import org.hpms.lab.application.LabTrendPoint;
import org.hpms.patient.domain.InvalidPatientDataException;
import org.hpms.shared.config.HpmsConfiguration;
import org.hpms.shared.web.Messages;

/**
 * One lab report ({@code lab/result.xhtml?id=...}): its observations with flags and ranges, the
 * versions it superseded, the trend of a numeric test, and sign-off for the reviewing doctor.
 */
@Named
@ViewScoped
public class LabReportPageView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter TREND_LABEL = DateTimeFormatter.ofPattern("dd MMM yy HH:mm");

    @EJB
    LabResultQueries results;

    @EJB
    LabResultsInbox inbox;

    @Inject
    Principal caller;

    private Long id;
    private LabReportDetails details;
    private String notFound;
    private String trendCode;
    private String trendName;
    private String trend;

    public void load() {
        if (details == null && notFound == null && id != null) {
            try {
                details = results.report(id);
            } catch (InvalidPatientDataException e) {
                notFound = String.join("; ", e.getFieldErrors().values());
            }
        }
    }

    public void signOff() {
        try {
            inbox.signOff(id);
            details = results.report(id);
            Messages.info("Signed off");
        } catch (InvalidPatientDataException e) {
            Messages.errors(e.getFieldErrors());
        }
    }

    public void showTrend(LabObservationView observation) {
        trendCode = observation.code();
        trendName = observation.name();
        trend = trendChart(results.trend(details.report().mrn(), observation.code()), observation.name());
    }

    /** Chart.js line configuration for {@code <p:chart>}; values in the units each point was reported in. */
    static String trendChart(List<LabTrendPoint> points, String name) {
        ZoneId zone = HpmsConfiguration.hospitalZone();
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder data = Json.createArrayBuilder();
        for (LabTrendPoint point : points) {
            labels.add(TREND_LABEL.format(point.observedAt().atZone(zone)));
            data.add(point.value());
        }
        String units = points.isEmpty() || points.get(points.size() - 1).units() == null ? "" : points.get(points.size() - 1).units();
        return Json.createObjectBuilder()
                .add("type", "line")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("label", (name == null ? "Value" : name) + (units.isEmpty() ? "" : " (" + units + ")"))
                                .add("borderColor", "#2980b9").add("backgroundColor", "#2980b9").add("data", data))))
                .add("options", Json.createObjectBuilder().add("animation", false))
                .build().toString();
    }

    /** Sign-off is offered to the reviewing doctor, on the current version, once. */
    public boolean isMaySignOff() {
        return details != null && details.report().signedOffAt() == null && !details.report().superseded()
                && caller.getName().equals(details.report().reviewer());
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public LabReportDetails getDetails() {
        return details;
    }

    public String getNotFound() {
        return notFound;
    }

    public String getTrendCode() {
        return trendCode;
    }

    public String getTrendName() {
        return trendName;
    }

    public String getTrend() {
        return trend;
    }
}
