package org.hpms.lab.infrastructure;

import ca.uhn.hl7v2.DefaultHapiContext;
import ca.uhn.hl7v2.HL7Exception;
import ca.uhn.hl7v2.HapiContext;
import ca.uhn.hl7v2.model.Message;
import ca.uhn.hl7v2.model.Primitive;
import ca.uhn.hl7v2.model.Type;
import ca.uhn.hl7v2.model.Varies;
import ca.uhn.hl7v2.model.v251.datatype.CE;
import ca.uhn.hl7v2.model.v251.datatype.CX;
import ca.uhn.hl7v2.model.v251.datatype.IS;
import ca.uhn.hl7v2.model.v251.datatype.TS;
import ca.uhn.hl7v2.model.v251.group.ORU_R01_OBSERVATION;
import ca.uhn.hl7v2.model.v251.group.ORU_R01_ORDER_OBSERVATION;
import ca.uhn.hl7v2.model.v251.group.ORU_R01_PATIENT_RESULT;
import ca.uhn.hl7v2.model.v251.message.ORU_R01;
import ca.uhn.hl7v2.model.v251.segment.NTE;
import ca.uhn.hl7v2.model.v251.segment.OBR;
import ca.uhn.hl7v2.model.v251.segment.OBX;
import ca.uhn.hl7v2.model.v251.segment.PID;
import ca.uhn.hl7v2.parser.CanonicalModelClassFactory;
import ca.uhn.hl7v2.parser.PipeParser;
import ca.uhn.hl7v2.validation.impl.ValidationContextFactory;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hpms.lab.domain.CodedValue;
import org.hpms.lab.domain.LabObservation;
import org.hpms.lab.domain.LabOrderResult;
import org.hpms.lab.domain.LabPatient;
import org.hpms.lab.domain.LabResultMessage;
import org.hpms.lab.domain.MalformedLabMessageException;
import org.hpms.shared.config.HpmsConfiguration;

/**
 * Reads HL7 v2 ORU^R01 result messages of versions 2.3 to 2.5.1 with HAPI, all into the 2.5.1
 * structures. Segments may be separated by CR, LF or CRLF (labs send all three). Before HAPI sees
 * the text, the header and the numeric values are checked, so that a bad message is refused with a
 * reason naming the field (HAPI itself is lenient and would read most of them). Thread-safe.
 */
public final class Hl7v2ResultReader implements LabMessageReader {

    static final Set<String> VERSIONS = Set.of("2.3", "2.3.1", "2.4", "2.5", "2.5.1");

    private final PipeParser parser;

    public Hl7v2ResultReader() {
        HapiContext context = new DefaultHapiContext();
        context.setModelClassFactory(new CanonicalModelClassFactory("2.5.1"));
        // Validation is ours (above): HAPI's default rules reject harmless real-world variations.
        context.setValidationContext(ValidationContextFactory.noValidation());
        parser = context.getPipeParser();
    }

    @Override
    public LabResultMessage read(String text) {
        String message = normalized(text);
        Header header = Header.of(message);
        checkNumericValues(message, header);
        if (!"ORU".equals(header.messageCode()) || !"R01".equals(header.triggerEvent())) {
            throw MalformedLabMessageException.rejected("MSH-9 message type " + header.messageType()
                    + " is not a result message: lab results come as ORU^R01");
        }
        ORU_R01 result;
        try {
            Message parsed = parser.parse(message);
            result = (ORU_R01) parsed;
        } catch (HL7Exception e) {
            throw new MalformedLabMessageException("The message could not be read as HL7 v2" + where(e), e);
        } catch (ClassCastException e) {
            throw new MalformedLabMessageException("MSH-9 says ORU^R01 but the message is not structured as one", e);
        }
        try {
            return toResult(result, header);
        } catch (HL7Exception e) {
            throw new MalformedLabMessageException("The message could not be read as HL7 v2" + where(e), e);
        }
    }

    /** Who sent a message and its control id, as far as its first segment tells (blank where it does not); never fails. */
    @Override
    public LabEnvelope envelopeOf(String text) {
        String first = text == null ? "" : text.replace("\u000b", "").strip().split("[\r\n]", 2)[0];
        if (!first.startsWith("MSH") || first.length() < 4) {
            return new LabEnvelope("", "", "");
        }
        String[] fields = mshFields(first);
        return new LabEnvelope(fields.length > 2 ? fields[2].strip() : "", fields.length > 3 ? fields[3].strip() : "",
                fields.length > 9 ? fields[9].strip() : "");
    }

    /** The fields of an MSH segment, split at its own field separator (the character after "MSH"): MSH-n is {@code [n - 1]}. */
    private static String[] mshFields(String msh) {
        return msh.split(Pattern.quote(String.valueOf(msh.charAt(3))), -1);
    }

    /** Segments separated by CR only, without MLLP framing or surrounding blank space. */
    static String normalized(String text) {
        if (text == null) {
            throw MalformedLabMessageException.rejected("The message is empty");
        }
        String stripped = text.replace("\u000b", "").replace("\u001c", "").strip();
        if (stripped.isEmpty()) {
            throw MalformedLabMessageException.rejected("The message is empty");
        }
        String segments = stripped.replace("\r\n", "\r").replace('\n', '\r');
        if (!segments.startsWith("MSH")) {
            throw MalformedLabMessageException.rejected("The message does not start with an MSH segment");
        }
        return segments;
    }

    /** The header fields this system relies on, checked in the raw text (MSH-n is field n-1 after splitting). */
    record Header(char fieldSeparator, String encodingCharacters, String messageCode, String triggerEvent, String controlId,
                  String version, String sendingApplication, String sendingFacility) {

        String messageType() {
            return messageCode + "^" + triggerEvent;
        }

        static Header of(String message) {
            String msh = message.split("\r", 2)[0];
            if (msh.length() < 4) {
                throw MalformedLabMessageException.rejected("The MSH segment has no fields: encoding characters, sender, message type,"
                        + " control id and version are all missing");
            }
            char separator = msh.charAt(3);
            String[] fields = mshFields(msh);
            if (fields.length < 3 || Arrays.stream(fields, 1, fields.length).allMatch(String::isBlank)) {
                throw MalformedLabMessageException.rejected("The MSH segment has no fields: encoding characters, sender, message type,"
                        + " control id and version are all missing");
            }
            String encoding = field(fields, 2);
            if (encoding.length() < 4) {
                throw MalformedLabMessageException.rejected("MSH-2 (encoding characters, normally ^~\\&) is missing");
            }
            String component = String.valueOf(encoding.charAt(0));
            require(fields, 3, "sending application");
            require(fields, 4, "sending facility");
            require(fields, 6, "receiving facility");
            String[] type = require(fields, 9, "message type").split(Pattern.quote(component), -1);
            if (type.length < 2 || type[0].isBlank() || type[1].isBlank()) {
                throw MalformedLabMessageException.rejected("MSH-9 (message type) needs a code and a trigger event, such as ORU^R01");
            }
            String controlId = require(fields, 10, "message control id");
            String version = require(fields, 12, "version id").split(Pattern.quote(component), -1)[0];
            if (!VERSIONS.contains(version)) {
                throw MalformedLabMessageException.rejected("MSH-12 version " + version + " is not supported (2.3 to 2.5.1)");
            }
            return new Header(separator, encoding, type[0].strip(), type[1].strip(), controlId, version, field(fields, 3).strip(),
                    field(fields, 4).strip());
        }

        private static String require(String[] fields, int number, String name) {
            String value = field(fields, number);
            if (value.isBlank()) {
                throw MalformedLabMessageException.rejected("MSH-" + number + " (" + name + ") is missing");
            }
            return value.strip();
        }

        private static String field(String[] fields, int number) {
            return number - 1 < fields.length ? fields[number - 1] : "";
        }
    }

    /** Every NM value of every OBX must be a number: checked in the raw text, whatever the message type. */
    private static void checkNumericValues(String message, Header header) {
        String separator = Pattern.quote(String.valueOf(header.fieldSeparator()));
        String repetition = Pattern.quote(String.valueOf(header.encodingCharacters().charAt(1)));
        int obx = 0;
        for (String segment : message.split("\r")) {
            if (!segment.startsWith("OBX")) {
                continue;
            }
            obx++;
            String[] fields = segment.split(separator, -1);
            if (fields.length > 5 && "NM".equals(fields[2].strip())) {
                for (String value : fields[5].split(repetition, -1)) {
                    if (!value.isBlank() && LabObservation.numberIn(value) == null) {
                        throw new MalformedLabMessageException("OBX " + obx + ": OBX-5 is not a number although OBX-2 says NM");
                    }
                }
            }
        }
    }

    private LabResultMessage toResult(ORU_R01 message, Header header) throws HL7Exception {
        if (message.getPATIENT_RESULTReps() == 0) {
            throw new MalformedLabMessageException("The result names no patient (PID segment)");
        }
        LabPatient patient = null;
        List<LabOrderResult> orders = new ArrayList<>();
        for (ORU_R01_PATIENT_RESULT patientResult : message.getPATIENT_RESULTAll()) {
            PID pid = patientResult.getPATIENT().getPID();
            if (patient == null && !pid.isEmpty()) {
                patient = patientOf(pid);
            }
            for (ORU_R01_ORDER_OBSERVATION order : patientResult.getORDER_OBSERVATIONAll()) {
                orders.add(orderOf(order, orders.size() + 1));
            }
        }
        if (patient == null) {
            throw new MalformedLabMessageException("The result names no patient (PID segment)");
        }
        if (orders.isEmpty() || orders.stream().allMatch(order -> order.observations().isEmpty())) {
            throw new MalformedLabMessageException("The result has no observations (OBR with OBX segments)");
        }
        return new LabResultMessage(header.controlId(), header.version(), header.sendingApplication(), header.sendingFacility(),
                patient, orders);
    }

    private static LabPatient patientOf(PID pid) throws HL7Exception {
        String mrn = null;
        for (CX identifier : pid.getPatientIdentifierList()) {
            if ("MR".equalsIgnoreCase(text(identifier.getIdentifierTypeCode().getValue()))) {
                mrn = text(identifier.getIDNumber().getValue());
                break;
            }
        }
        String family = pid.getPatientNameReps() > 0 ? text(pid.getPatientName(0).getFamilyName().getSurname().getValue()) : null;
        String given = pid.getPatientNameReps() > 0 ? text(pid.getPatientName(0).getGivenName().getValue()) : null;
        return new LabPatient(mrn, family, given, dateOf(pid.getDateTimeOfBirth(), "PID-7"),
                text(pid.getAdministrativeSex().getValue()));
    }

    private static LabOrderResult orderOf(ORU_R01_ORDER_OBSERVATION group, int number) throws HL7Exception {
        OBR obr = group.getOBR();
        String placer = text(obr.getPlacerOrderNumber().getEntityIdentifier().getValue());
        if (placer == null && !group.getORC().isEmpty()) {
            placer = text(group.getORC().getPlacerOrderNumber().getEntityIdentifier().getValue());
        }
        String filler = text(obr.getFillerOrderNumber().getEntityIdentifier().getValue());
        List<LabObservation> observations = new ArrayList<>();
        for (ORU_R01_OBSERVATION observation : group.getOBSERVATIONAll()) {
            OBX obx = observation.getOBX();
            if (!obx.isEmpty()) {
                observations.add(observationOf(obx, notesOf(observation.getNTEAll()), observations.size() + 1));
            }
        }
        return new LabOrderResult(placer, filler, coded(obr.getUniversalServiceIdentifier()),
                instantOf(obr.getObservationDateTime(), "OBR " + number + ": OBR-7"), text(obr.getResultStatus().getValue()),
                observations, notesOf(group.getNTEAll()));
    }

    private static LabObservation observationOf(OBX obx, List<String> notes, int number) throws HL7Exception {
        String valueType = text(obx.getValueType().getValue());
        List<String> values = new ArrayList<>();
        for (Varies value : obx.getObservationValue()) {
            String shown = valueText(value.getData());
            if (shown != null) {
                values.add(shown);
            }
        }
        String value = values.isEmpty() ? null : String.join("; ", values);
        BigDecimal numeric = "NM".equals(valueType) && values.size() == 1 ? LabObservation.numberIn(values.get(0)) : null;
        List<String> flags = new ArrayList<>();
        for (IS flag : obx.getAbnormalFlags()) {
            if (text(flag.getValue()) != null) {
                flags.add(flag.getValue().strip());
            }
        }
        String setId = text(obx.getSetIDOBX().getValue());
        return new LabObservation(setId == null ? number : Integer.parseInt(setId), valueType, coded(obx.getObservationIdentifier()),
                value, numeric, text(obx.getUnits().getIdentifier().getValue()), text(obx.getReferencesRange().getValue()),
                flags.isEmpty() ? null : String.join("~", flags), text(obx.getObservationResultStatus().getValue()),
                instantOf(obx.getDateTimeOfTheObservation(), "OBX " + number + ": OBX-14"), notes);
    }

    /** A value as people read it: primitives unescaped, composites (CE, CWE, SN) with their components joined. */
    private static String valueText(Type data) throws HL7Exception {
        if (data == null) {
            return null;
        }
        if (data instanceof Primitive primitive) {
            return text(primitive.getValue());
        }
        if (data instanceof Varies varies) {
            return valueText(varies.getData());
        }
        return text(data.encode());
    }

    private static List<String> notesOf(List<NTE> segments) throws HL7Exception {
        List<String> notes = new ArrayList<>();
        for (NTE nte : segments) {
            for (var comment : nte.getComment()) {
                if (text(comment.getValue()) != null) {
                    notes.add(comment.getValue().strip());
                }
            }
        }
        return notes;
    }

    private static CodedValue coded(CE field) {
        return new CodedValue(text(field.getIdentifier().getValue()), text(field.getText().getValue()),
                text(field.getNameOfCodingSystem().getValue()));
    }

    /** HL7 DTM: YYYY[MM[DD[HH[MM[SS[.S[S[S[S]]]]]]]]][+/-ZZZZ]. */
    private static final Pattern DTM = Pattern.compile("(\\d{4})(\\d{2})?(\\d{2})?(\\d{2})?(\\d{2})?(\\d{2})?(?:\\.(\\d{1,4}))?([+-]\\d{4})?");

    private static Instant instantOf(TS field, String name) {
        return instantOf(text(field.getTime().getValue()), name);
    }

    /**
     * Read here rather than by HAPI (which builds a Calendar per value, a noticeable share of the CPU
     * under load, and takes the server's default zone): a time without an offset is the hospital's.
     */
    static Instant instantOf(String value, String name) {
        if (value == null) {
            return null;
        }
        Matcher parts = DTM.matcher(value);
        try {
            if (!parts.matches()) {
                throw new DateTimeException(value);
            }
            LocalDateTime local = LocalDateTime.of(Integer.parseInt(parts.group(1)), number(parts.group(2), 1), number(parts.group(3), 1),
                    number(parts.group(4), 0), number(parts.group(5), 0), number(parts.group(6), 0),
                    parts.group(7) == null ? 0 : Integer.parseInt((parts.group(7) + "000000000").substring(0, 9)));
            String offset = parts.group(8);
            return offset == null ? local.atZone(HpmsConfiguration.hospitalZone()).toInstant()
                    : local.toInstant(ZoneOffset.of(offset.substring(0, 3) + ":" + offset.substring(3)));
        } catch (DateTimeException e) {
            throw new MalformedLabMessageException(name + " is not a date and time (YYYYMMDD[HHMM[SS]][+/-ZZZZ])", e);
        }
    }

    private static int number(String digits, int absent) {
        return digits == null ? absent : Integer.parseInt(digits);
    }

    private static LocalDate dateOf(TS field, String name) {
        String value = text(field.getTime().getValue());
        if (value == null) {
            return null;
        }
        try {
            return value.length() < 8 ? null : LocalDate.parse(value.substring(0, 8), DateTimeFormatter.BASIC_ISO_DATE);
        } catch (DateTimeParseException e) {
            throw new MalformedLabMessageException(name + " is not a date (YYYYMMDD)", e);
        }
    }

    private static String where(HL7Exception e) {
        return e.getLocation() == null ? "" : " (at " + e.getLocation() + ")";
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
