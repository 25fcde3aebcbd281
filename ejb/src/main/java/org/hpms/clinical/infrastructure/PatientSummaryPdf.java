package org.hpms.clinical.infrastructure;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.hpms.clinical.application.AllergyView;
import org.hpms.clinical.application.ChartSummary;
import org.hpms.clinical.application.DiagnosisView;
import org.hpms.clinical.application.EncounterSummary;
import org.hpms.clinical.application.MedicationView;
import org.hpms.clinical.application.VitalsView;
import org.hpms.patient.domain.Patient;

/**
 * Renders the printable patient summary with OpenPDF: identification, allergies (first, in red when
 * severe), problems, current medications, last vital signs and recent encounters. Times are printed
 * in the server's time zone, which is the hospital's.
 */
public final class PatientSummaryPdf {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final Font TITLE = new Font(Font.HELVETICA, 16, Font.BOLD);
    private static final Font HEADING = new Font(Font.HELVETICA, 12, Font.BOLD, new Color(0x1f, 0x4e, 0x79));
    private static final Font TEXT = new Font(Font.HELVETICA, 9);
    private static final Font LABEL = new Font(Font.HELVETICA, 9, Font.BOLD);
    private static final Font ALERT = new Font(Font.HELVETICA, 10, Font.BOLD, new Color(0xb0, 0x00, 0x20));
    private static final Font SMALL = new Font(Font.HELVETICA, 7, Font.ITALIC, Color.GRAY);

    private PatientSummaryPdf() {
    }

    public static byte[] render(Patient patient, ChartSummary chart, List<EncounterSummary> recentEncounters, String printedBy,
                                Instant printedAt) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 36, 36, 36, 36);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle("Patient summary " + patient.getMrn().value());
            document.open();
            document.add(new Paragraph("Patient summary", TITLE));
            document.add(new Paragraph("Printed " + time(printedAt) + " by " + printedBy
                    + ". Confidential: contains protected health information.", SMALL));
            identification(document, patient);
            allergies(document, chart.allergies());
            section(document, "Active problems", chart.activeProblems().stream().map(PatientSummaryPdf::problem).toList(),
                    "No active problems recorded.");
            section(document, "Current medications", chart.currentMedications().stream().map(PatientSummaryPdf::medication).toList(),
                    "No current medications.");
            section(document, "Last vital signs", chart.lastVitals() == null ? List.of() : List.of(vitals(chart.lastVitals())),
                    "No vital signs recorded.");
            section(document, "Recent encounters (" + chart.encounterCount() + " in total)",
                    recentEncounters.stream().map(PatientSummaryPdf::encounter).toList(), "No encounters recorded.");
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("Could not render the patient summary", e);
        }
        return out.toByteArray();
    }

    private static void identification(Document document, Patient patient) throws DocumentException {
        PdfPTable table = new PdfPTable(4);
        table.setWidthPercentage(100);
        table.setSpacingBefore(8);
        cell(table, "Name", patient.getFullName());
        cell(table, "MRN", patient.getMrn().value());
        cell(table, "Date of birth", String.valueOf(patient.getBirthDate()));
        cell(table, "Sex", patient.getSex().getLabel());
        cell(table, "Blood group", patient.getBloodGroup());
        cell(table, "Phone", patient.getPhone());
        cell(table, "Address", patient.getAddress());
        cell(table, "Emergency contact", Stream.of(patient.getEmergencyContactName(), patient.getEmergencyContactPhone())
                .filter(Objects::nonNull).collect(Collectors.joining(" ")));
        document.add(table);
    }

    private static void cell(PdfPTable table, String label, String value) {
        PdfPCell name = new PdfPCell(new Phrase(label, LABEL));
        name.setBorder(PdfPCell.NO_BORDER);
        PdfPCell content = new PdfPCell(new Phrase(value == null || value.isBlank() ? "-" : value, TEXT));
        content.setBorder(PdfPCell.NO_BORDER);
        table.addCell(name);
        table.addCell(content);
    }

    private static void allergies(Document document, List<AllergyView> allergies) throws DocumentException {
        heading(document, "Allergies");
        if (allergies.isEmpty()) {
            document.add(new Paragraph("No known allergies recorded.", TEXT));
        }
        for (AllergyView allergy : allergies) {
            document.add(new Paragraph(allergy.summary(), ALERT));
        }
    }

    private static void section(Document document, String title, List<String> lines, String empty) throws DocumentException {
        heading(document, title);
        if (lines.isEmpty()) {
            document.add(new Paragraph(empty, TEXT));
        }
        for (String line : lines) {
            Paragraph paragraph = new Paragraph(line, TEXT);
            paragraph.setIndentationLeft(8);
            document.add(paragraph);
        }
    }

    private static void heading(Document document, String title) throws DocumentException {
        Paragraph heading = new Paragraph(title, HEADING);
        heading.setSpacingBefore(10);
        heading.setAlignment(Element.ALIGN_LEFT);
        document.add(heading);
    }

    private static String problem(DiagnosisView diagnosis) {
        return diagnosis.label() + (diagnosis.onsetDate() == null ? "" : " (since " + diagnosis.onsetDate() + ")");
    }

    private static String medication(MedicationView medication) {
        return medication.summary() + ", from " + medication.startDate()
                + (medication.endDate() == null ? "" : " to " + medication.endDate()) + " (" + medication.prescriber() + ")";
    }

    static String vitals(VitalsView vitals) {
        StringBuilder line = new StringBuilder(time(vitals.measuredAt())).append(":");
        append(line, "BP", vitals.bloodPressure(), "mmHg");
        append(line, "pulse", vitals.pulse(), "/min");
        append(line, "temp", vitals.temperature(), "°C");
        append(line, "resp", vitals.respiratoryRate(), "/min");
        append(line, "SpO2", vitals.oxygenSaturation(), "%");
        append(line, "weight", vitals.weight(), "kg");
        append(line, "height", vitals.height(), "cm");
        append(line, "BMI", vitals.bmi(), "");
        return line.toString();
    }

    private static void append(StringBuilder line, String label, Object value, String unit) {
        if (value != null) {
            line.append(' ').append(label).append(' ').append(value).append(unit.isEmpty() ? "" : " " + unit).append(';');
        }
    }

    private static String encounter(EncounterSummary encounter) {
        return time(encounter.startedAt()) + "  " + encounter.type().getLabel() + " with " + encounter.attendingDoctor()
                + ": " + encounter.chiefComplaint()
                + (encounter.diagnoses().isEmpty() ? "" : " -- " + String.join("; ", encounter.diagnoses()));
    }

    private static String time(Instant instant) {
        return TIME.format(instant.atZone(ZoneId.systemDefault()));
    }
}
