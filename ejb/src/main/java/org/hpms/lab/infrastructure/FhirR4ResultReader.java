package org.hpms.lab.infrastructure;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.parser.IParser;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Annotation;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DiagnosticReport;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.MessageHeader;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.Type;
import org.hpms.lab.domain.CodedValue;
import org.hpms.lab.domain.LabObservation;
import org.hpms.lab.domain.LabOrderResult;
import org.hpms.lab.domain.LabPatient;
import org.hpms.lab.domain.LabResultMessage;
import org.hpms.lab.domain.MalformedLabMessageException;
import org.hpms.shared.persistence.Columns;

/**
 * Reads FHIR R4 results (JSON) with HAPI FHIR: a DiagnosticReport with its Observations contained,
 * or a Bundle (a message with a MessageHeader, or a collection) holding DiagnosticReports, their
 * Observations, the Patient and the ServiceRequests. The id of the Bundle (its identifier first), or of
 * a lone DiagnosticReport, is the message id that makes a second delivery recognisable. The patient's
 * MRN is the identifier of type MR; our placer order number is the ServiceRequest identifier of type
 * PLAC the report is based on, the lab's the report identifier of type FILL. Statuses and
 * interpretations are put in HL7 v2 terms (F, P, C; H, L, HH, LL...), so that both formats are filed
 * alike. Thread-safe.
 */
public final class FhirR4ResultReader implements LabMessageReader {

    private static final FhirContext FHIR = FhirContext.forR4Cached();
    private static final String LOINC = "http://loinc.org";

    @Override
    public LabEnvelope envelopeOf(String text) {
        try {
            Message message = Message.of(parse(text));
            return new LabEnvelope(message.sendingApplication(), message.sendingFacility(), message.id() == null ? "" : message.id());
        } catch (MalformedLabMessageException e) {
            return new LabEnvelope("FHIR", "", "");
        }
    }

    @Override
    public LabResultMessage read(String text) {
        Message message = Message.of(parse(text));
        if (message.id() == null) {
            throw new MalformedLabMessageException("The " + message.root().fhirType() + " has neither an id nor an identifier:"
                    + " a second delivery could not be recognised");
        }
        if (message.reports().isEmpty()) {
            throw MalformedLabMessageException.rejected("The Bundle holds no DiagnosticReport: lab results come as DiagnosticReports");
        }
        LabPatient patient = null;
        List<LabOrderResult> orders = new ArrayList<>();
        for (DiagnosticReport report : message.reports()) {
            Patient subject = message.resolve(report, report.getSubject(), Patient.class).orElse(null);
            LabPatient reportPatient = patientOf(subject, report.getSubject());
            if (reportPatient == null) {
                throw new MalformedLabMessageException("DiagnosticReport " + label(report) + " names no patient (subject)");
            }
            if (patient != null && !patient.equals(reportPatient)) {
                throw new MalformedLabMessageException("The DiagnosticReports of one message name different patients");
            }
            patient = reportPatient;
            orders.add(orderResultOf(message, report));
        }
        return new LabResultMessage(message.id(), "FHIR R4", message.sendingApplication(), message.sendingFacility(), patient, orders);
    }

    private static IBaseResource parse(String text) {
        if (text == null || text.isBlank()) {
            throw MalformedLabMessageException.rejected("The message is empty");
        }
        IParser parser = FHIR.newJsonParser();
        try {
            return parser.parseResource(text);
        } catch (DataFormatException e) {
            throw MalformedLabMessageException.rejected("The message is not FHIR R4 JSON: " + firstLine(e.getMessage()));
        }
    }

    private static LabOrderResult orderResultOf(Message message, DiagnosticReport report) {
        String placer = null;
        String filler = identifierOfType(report.getIdentifier(), "FILL");
        for (Reference basedOn : report.getBasedOn()) {
            Optional<ServiceRequest> request = message.resolve(report, basedOn, ServiceRequest.class);
            List<Identifier> identifiers = request.map(ServiceRequest::getIdentifier)
                    .orElseGet(() -> basedOn.hasIdentifier() ? List.of(basedOn.getIdentifier()) : List.of());
            placer = placer != null ? placer : identifierOfType(identifiers, "PLAC");
            filler = filler != null ? filler : identifierOfType(identifiers, "FILL");
        }
        if (report.getResult().isEmpty()) {
            throw new MalformedLabMessageException("DiagnosticReport " + label(report) + " has no result Observation");
        }
        List<LabObservation> observations = new ArrayList<>();
        for (Reference result : report.getResult()) {
            Observation observation = message.resolve(report, result, Observation.class)
                    .orElseThrow(() -> new MalformedLabMessageException("DiagnosticReport " + label(report) + ": result "
                            + result.getReference() + " names no Observation in the message"));
            observations.add(observationOf(observations.size() + 1, observation));
        }
        List<String> notes = new ArrayList<>();
        if (report.hasConclusion()) {
            notes.add(report.getConclusion());
        }
        return new LabOrderResult(placer, filler, codedValue(report.getCode()), effective(report.getEffective()),
                reportStatus(report.getStatus()), observations, notes);
    }

    private static LabObservation observationOf(int setId, Observation observation) {
        Type value = observation.getValue();
        String valueType;
        String text;
        BigDecimal number = null;
        String units = null;
        if (value instanceof Quantity quantity && quantity.hasValue()) {
            valueType = "NM";
            number = quantity.getValue();
            text = number.toPlainString();
            units = quantity.hasUnit() ? quantity.getUnit() : quantity.getCode();
        } else if (value instanceof IntegerType integer && integer.getValue() != null) {
            valueType = "NM";
            number = BigDecimal.valueOf(integer.getValue());
            text = integer.getValueAsString();
        } else if (value instanceof CodeableConcept concept) {
            valueType = "CWE";
            CodedValue coded = codedValue(concept);
            text = coded.text() != null ? coded.text() : coded.code();
        } else if (value instanceof StringType string) {
            valueType = "ST";
            text = string.getValue();
        } else {
            valueType = value == null ? null : "ST";
            text = value == null || !value.isPrimitive() ? null : value.primitiveValue();
        }
        String flag = observation.getInterpretation().stream().flatMap(c -> c.getCoding().stream()).map(Coding::getCode)
                .filter(code -> code != null && !code.isBlank()).findFirst().orElse(null);
        List<String> notes = observation.getNote().stream().map(Annotation::getText).filter(t -> t != null && !t.isBlank()).toList();
        return new LabObservation(setId, valueType, codedValue(observation.getCode()), text, number, units,
                referenceRange(observation), flag, observationStatus(observation.getStatus()), effective(observation.getEffective()), notes);
    }

    private static String referenceRange(Observation observation) {
        if (!observation.hasReferenceRange()) {
            return null;
        }
        Observation.ObservationReferenceRangeComponent range = observation.getReferenceRangeFirstRep();
        if (range.hasText()) {
            return range.getText();
        }
        String low = range.hasLow() && range.getLow().hasValue() ? range.getLow().getValue().toPlainString() : null;
        String high = range.hasHigh() && range.getHigh().hasValue() ? range.getHigh().getValue().toPlainString() : null;
        if (low != null && high != null) {
            return low + "-" + high;
        }
        return high != null ? "<=" + high : low != null ? ">=" + low : null;
    }

    /** The patient as the report names them: an MRN only from an identifier of type MR, never from another kind. */
    private static LabPatient patientOf(Patient patient, Reference subject) {
        if (patient == null) {
            return subject.hasIdentifier() && isOfType(subject.getIdentifier(), "MR")
                    ? new LabPatient(subject.getIdentifier().getValue(), null, null, null, null) : null;
        }
        String mrn = identifierOfType(patient.getIdentifier(), "MR");
        String family = patient.hasName() ? patient.getNameFirstRep().getFamily() : null;
        String given = patient.hasName() && patient.getNameFirstRep().hasGiven() ? patient.getNameFirstRep().getGiven().get(0).getValue() : null;
        LocalDate birthDate = birthDateOf(patient);
        String sex = !patient.hasGender() ? null : switch (patient.getGender()) {
            case MALE -> "M";
            case FEMALE -> "F";
            case OTHER -> "O";
            default -> "U";
        };
        return new LabPatient(mrn, family, given, birthDate, sex);
    }

    /** A full birth date (a partial one, "1985" or "1985-04", matches no one strictly). */
    private static LocalDate birthDateOf(Patient patient) {
        String text = patient.hasBirthDateElement() ? patient.getBirthDateElement().getValueAsString() : null;
        try {
            return text == null ? null : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String identifierOfType(List<Identifier> identifiers, String type) {
        return identifiers.stream().filter(i -> isOfType(i, type) && i.hasValue()).map(Identifier::getValue).findFirst().orElse(null);
    }

    /** Identifier type codes of HL7 table 0203 (MR, PLAC, FILL), whatever the code system's URL. */
    private static boolean isOfType(Identifier identifier, String type) {
        return identifier.hasType() && identifier.getType().getCoding().stream().anyMatch(c -> type.equals(c.getCode()));
    }

    /** The LOINC coding when there is one (system written "LN", as HL7 v2 does), else the first. */
    private static CodedValue codedValue(CodeableConcept concept) {
        Coding coding = concept.getCoding().stream().filter(c -> LOINC.equals(c.getSystem())).findFirst()
                .orElse(concept.hasCoding() ? concept.getCodingFirstRep() : null);
        if (coding == null) {
            return new CodedValue(null, concept.getText(), null);
        }
        String system = LOINC.equals(coding.getSystem()) ? "LN" : coding.getSystem();
        return new CodedValue(coding.getCode(), coding.hasDisplay() ? coding.getDisplay() : concept.getText(), system);
    }

    private static Instant effective(Type effective) {
        if (effective instanceof DateTimeType dateTime && dateTime.getValue() != null) {
            return dateTime.getValue().toInstant();
        }
        if (effective instanceof Period period && period.hasStart()) {
            return period.getStart().toInstant();
        }
        return null;
    }

    /** DiagnosticReport status in HL7 v2 result-status terms (OBR-25). */
    private static String reportStatus(DiagnosticReport.DiagnosticReportStatus status) {
        if (status == null) {
            return null;
        }
        return switch (status) {
            case FINAL -> "F";
            case AMENDED, CORRECTED, APPENDED -> "C";
            case PRELIMINARY, PARTIAL -> "P";
            case REGISTERED -> "I";
            case CANCELLED -> "X";
            default -> "W";
        };
    }

    /** Observation status in HL7 v2 terms (OBX-11). */
    private static String observationStatus(Observation.ObservationStatus status) {
        if (status == null) {
            return null;
        }
        return switch (status) {
            case FINAL -> "F";
            case AMENDED, CORRECTED -> "C";
            case PRELIMINARY -> "P";
            case REGISTERED -> "I";
            case CANCELLED -> "X";
            default -> "W";
        };
    }

    private static String label(DiagnosticReport report) {
        return report.hasIdElement() && report.getIdElement().hasIdPart() ? report.getIdElement().getIdPart() : "(no id)";
    }

    private static String firstLine(String text) {
        String line = text == null ? "" : text.strip().split("\n", 2)[0];
        return line.length() <= 300 ? line : line.substring(0, 300);
    }

    /** The parsed message: its root resource, the reports in it, and reference resolution within it. */
    private record Message(Resource root, List<DiagnosticReport> reports, Map<String, Resource> byReference, MessageHeader header) {

        static Message of(IBaseResource parsed) {
            if (parsed instanceof DiagnosticReport report) {
                return new Message(report, List.of(report), Map.of(), null);
            }
            if (!(parsed instanceof Bundle bundle)) {
                throw MalformedLabMessageException.rejected("A FHIR message must be a DiagnosticReport or a Bundle, not a "
                        + ((Resource) parsed).fhirType());
            }
            Map<String, Resource> byReference = new HashMap<>();
            List<DiagnosticReport> reports = new ArrayList<>();
            MessageHeader header = null;
            for (Bundle.BundleEntryComponent entry : bundle.getEntry()) {
                Resource resource = entry.getResource();
                if (resource == null) {
                    continue;
                }
                if (entry.hasFullUrl()) {
                    byReference.put(entry.getFullUrl(), resource);
                }
                if (resource.getIdElement().hasIdPart()) {
                    byReference.put(resource.fhirType() + "/" + resource.getIdElement().getIdPart(), resource);
                }
                if (resource instanceof DiagnosticReport report) {
                    reports.add(report);
                } else if (resource instanceof MessageHeader messageHeader && header == null) {
                    header = messageHeader;
                }
            }
            return new Message(bundle, reports, byReference, header);
        }

        /** The Bundle's identifier, else its id; a lone report's id. Null when there is none. */
        String id() {
            if (root instanceof Bundle bundle && bundle.hasIdentifier() && bundle.getIdentifier().hasValue()) {
                return Columns.clip(bundle.getIdentifier().getValue(), 199);
            }
            return root.getIdElement().hasIdPart() ? Columns.clip(root.getIdElement().getIdPart(), 199) : null;
        }

        String sendingApplication() {
            if (header != null && header.hasSource()) {
                return header.getSource().hasName() ? header.getSource().getName() : header.getSource().getEndpoint();
            }
            DiagnosticReport first = reports.isEmpty() ? null : reports.get(0);
            if (first != null && first.hasPerformer() && first.getPerformerFirstRep().hasDisplay()) {
                return first.getPerformerFirstRep().getDisplay();
            }
            return "FHIR";
        }

        String sendingFacility() {
            return header != null && header.hasSender() && header.getSender().hasDisplay() ? header.getSender().getDisplay() : "";
        }

        /** A reference within the message: "#id" to a resource contained in {@code from}, else a Bundle entry. */
        <T extends Resource> Optional<T> resolve(DiagnosticReport from, Reference reference, Class<T> type) {
            if (reference == null || !reference.hasReference()) {
                return Optional.empty();
            }
            if (reference.getResource() instanceof Resource linked) { // HAPI links contained targets while parsing
                return type.isInstance(linked) ? Optional.of(type.cast(linked)) : Optional.empty();
            }
            String target = reference.getReference();
            Resource resource;
            if (target.startsWith("#")) {
                resource = from.getContained().stream().filter(r -> target.substring(1).equals(r.getIdElement().getIdPart()))
                        .findFirst().orElse(null);
            } else {
                resource = byReference.get(target);
            }
            return type.isInstance(resource) ? Optional.of(type.cast(resource)) : Optional.empty();
        }
    }
}
