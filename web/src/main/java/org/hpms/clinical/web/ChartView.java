package org.hpms.clinical.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.hpms.clinical.application.ChartService;
import org.hpms.clinical.application.ChartSummary;
import org.hpms.clinical.application.DocumentService;
import org.hpms.clinical.application.DocumentView;
import org.hpms.clinical.application.EncounterService;
import org.hpms.clinical.application.EncounterSummary;
import org.hpms.clinical.application.VitalSignsService;
import org.hpms.clinical.application.VitalsView;
import org.hpms.clinical.domain.EncounterEntry;
import org.hpms.clinical.domain.EncounterType;
import org.hpms.patient.domain.InvalidPatientDataException;
import org.hpms.patient.domain.UnknownPatientException;
import org.hpms.security.Roles;
import org.hpms.shared.web.Messages;
import org.hpms.staff.application.StaffDirectory;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.StreamedContent;
import org.primefaces.model.file.UploadedFile;

/**
 * The clinical part of the patient page (doctors and nurses): summary, vital-sign trend, the encounter
 * timeline paged from the server, a new encounter, documents, and the printable summary.
 */
@Named
@ViewScoped
public class ChartView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String ENCOUNTER_FORM = "newEncounter";
    static final String DOCUMENT_FORM = "documents";
    static final int TREND_POINTS = 30;
    private static final DateTimeFormatter TREND_LABEL = DateTimeFormatter.ofPattern("dd MMM HH:mm");

    @EJB
    ChartService charts;

    @EJB
    EncounterService encounters;

    @EJB
    VitalSignsService vitalSigns;

    @EJB
    DocumentService documents;

    @EJB
    StaffDirectory staff;

    private String mrn;
    private ChartSummary summary;
    private String trend;
    private List<DocumentView> documentList;
    private List<StaffDirectory.Member> doctors;
    private final EncounterEntry newEncounter = new EncounterEntry();
    private final LazyDataModel<EncounterSummary> timeline = new Timeline();
    private String documentTitle;
    private transient UploadedFile documentFile;

    /** Loads once per view, for a patient the page has found. */
    public void load(String patientMrn) {
        if (summary != null || patientMrn == null) {
            return;
        }
        try {
            summary = charts.summary(patientMrn);
            mrn = patientMrn;
            trend = trendChart(vitalSigns.trend(patientMrn, TREND_POINTS));
            documentList = documents.list(patientMrn);
            doctors = staff.withRole(Roles.DOCTOR);
        } catch (InvalidPatientDataException | UnknownPatientException e) {
            summary = null; // the patient page explains (unknown or merged record)
        }
    }

    public String openEncounter() {
        try {
            String id = encounters.open(mrn, newEncounter);
            Messages.info(newEncounter.getType().getLabel() + " opened");
            Messages.keepForRedirect();
            return "/patients/encounter?faces-redirect=true&id=" + id;
        } catch (InvalidPatientDataException e) {
            Messages.onFields(ENCOUNTER_FORM, e.getFieldErrors());
            return null;
        }
    }

    /** The patient summary as a PDF download (audited as a print by the service). */
    public StreamedContent getPrintableSummary() {
        byte[] pdf = charts.printableSummary(mrn);
        return DefaultStreamedContent.builder()
                .name("patient-summary-" + mrn + ".pdf")
                .contentType("application/pdf")
                .contentLength((long) pdf.length)
                .stream(() -> new ByteArrayInputStream(pdf))
                .build();
    }

    public void attachDocument() {
        try {
            byte[] content = documentFile == null ? null : documentFile.getContent();
            String declared = documentFile == null ? null : documentFile.getContentType();
            documents.attach(mrn, null, documentTitle, declared, content);
            Messages.info("Document \"" + documentTitle.strip() + "\" attached");
            documentTitle = null;
            documentList = documents.list(mrn);
        } catch (InvalidPatientDataException e) {
            Messages.onFields(DOCUMENT_FORM, e.getFieldErrors());
        }
    }

    /** Chart.js configuration of the vital-sign trend, for {@code <p:chart>}; null without measurements. */
    static String trendChart(List<VitalsView> points) {
        if (points.stream().noneMatch(p -> p.systolic() != null || p.pulse() != null || p.temperature() != null)) {
            return null;
        }
        JsonArrayBuilder labels = Json.createArrayBuilder();
        points.forEach(p -> labels.add(TREND_LABEL.format(p.measuredAt().atZone(ZoneId.systemDefault()))));
        JsonArrayBuilder datasets = Json.createArrayBuilder()
                .add(dataset("Systolic (mmHg)", "#c0392b", "y", points, VitalsView::systolic))
                .add(dataset("Diastolic (mmHg)", "#e67e22", "y", points, VitalsView::diastolic))
                .add(dataset("Pulse (/min)", "#2980b9", "y", points, VitalsView::pulse))
                .add(dataset("Temperature (°C)", "#27ae60", "y1", points, VitalsView::temperature));
        return Json.createObjectBuilder()
                .add("type", "line")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", Json.createObjectBuilder()
                        .add("spanGaps", true)
                        .add("animation", false)
                        .add("scales", Json.createObjectBuilder()
                                .add("y", Json.createObjectBuilder().add("position", "left")
                                        .add("title", Json.createObjectBuilder().add("display", true).add("text", "mmHg, /min")))
                                .add("y1", Json.createObjectBuilder().add("position", "right")
                                        .add("grid", Json.createObjectBuilder().add("drawOnChartArea", false))
                                        .add("title", Json.createObjectBuilder().add("display", true).add("text", "°C")))))
                .build().toString();
    }

    private static JsonObjectBuilder dataset(String label, String colour, String axis, List<VitalsView> points,
                                             Function<VitalsView, Number> value) {
        JsonArrayBuilder data = Json.createArrayBuilder();
        for (VitalsView point : points) {
            Number number = value.apply(point);
            if (number == null) {
                data.addNull();
            } else if (number instanceof BigDecimal decimal) {
                data.add(decimal);
            } else {
                data.add(number.intValue());
            }
        }
        return Json.createObjectBuilder().add("label", label).add("borderColor", colour).add("backgroundColor", colour)
                .add("yAxisID", axis).add("data", data);
    }

    private final class Timeline extends LazyDataModel<EncounterSummary> {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return summary == null ? 0 : (int) Math.min(Integer.MAX_VALUE, summary.encounterCount());
        }

        @Override
        public List<EncounterSummary> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return summary == null ? List.of() : charts.timeline(mrn, first, pageSize);
        }

        @Override
        public String getRowKey(EncounterSummary row) {
            return row.id();
        }

        @Override
        public EncounterSummary getRowData(String rowKey) {
            return getWrappedData() == null ? null
                    : getWrappedData().stream().filter(row -> row.id().equals(rowKey)).findFirst().orElse(null);
        }
    }

    public boolean isLoaded() {
        return summary != null;
    }

    public ChartSummary getSummary() {
        return summary;
    }

    public String getTrend() {
        return trend;
    }

    public LazyDataModel<EncounterSummary> getTimeline() {
        return timeline;
    }

    public List<DocumentView> getDocuments() {
        return documentList;
    }

    public List<StaffDirectory.Member> getDoctors() {
        return doctors;
    }

    public EncounterEntry getNewEncounter() {
        return newEncounter;
    }

    public EncounterType[] getEncounterTypes() {
        return EncounterType.values();
    }

    public String getDocumentTitle() {
        return documentTitle;
    }

    public void setDocumentTitle(String documentTitle) {
        this.documentTitle = documentTitle;
    }

    public UploadedFile getDocumentFile() {
        return documentFile;
    }

    public void setDocumentFile(UploadedFile documentFile) {
        this.documentFile = documentFile;
    }
}
