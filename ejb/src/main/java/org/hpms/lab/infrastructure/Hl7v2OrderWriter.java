package org.hpms.lab.infrastructure;

import ca.uhn.hl7v2.HL7Exception;
import ca.uhn.hl7v2.model.v251.datatype.XCN;
import ca.uhn.hl7v2.model.v251.message.ORM_O01;
import ca.uhn.hl7v2.model.v251.segment.MSH;
import ca.uhn.hl7v2.model.v251.segment.OBR;
import ca.uhn.hl7v2.model.v251.segment.ORC;
import ca.uhn.hl7v2.model.v251.segment.PID;
import ca.uhn.hl7v2.parser.PipeParser;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.hpms.patient.domain.Sex;

/**
 * Writes the HL7 v2.5.1 ORM^O01 a laboratory receives for a new order (ORC-1 NW) or a cancelled one
 * (CA): the patient (PID-3 MRN, name, birth date, sex), our placer order number in ORC-2 and OBR-2
 * (whole), the test by LOINC in OBR-4, priority in ORC-7, the ordering doctor, the clinical
 * information the doctor gave. Built with HAPI, so escaping of |^~\& in free text is HAPI's.
 */
public final class Hl7v2OrderWriter {

    /** What the message says; {@code orderControl} NW (new) or CA (cancel). */
    public record Order(String controlId, String orderControl, String placerOrderNumber, String mrn, String familyName, String givenName,
                        LocalDate birthDate, Sex sex, String loincCode, String testName, String specimenType, String priorityCode,
                        Instant orderedAt, String orderingDoctor, String orderingDoctorName, String clinicalInfo, String reason) {
    }

    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmssZ");
    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;

    private final ZoneId zone;

    public Hl7v2OrderWriter(ZoneId zone) {
        this.zone = zone;
    }

    public String write(Order order, Instant sentAt) {
        try {
            ORM_O01 message = Hl7v2Messages.create(ORM_O01.class);
            MSH msh = message.getMSH();
            Hl7v2Messages.header(msh, "ORM", "O01", "ORM_O01", "P");
            msh.getSendingApplication().getNamespaceID().setValue("HPMS");
            msh.getSendingFacility().getNamespaceID().setValue("HPMS");
            msh.getReceivingApplication().getNamespaceID().setValue("LIS");
            msh.getDateTimeOfMessage().getTime().setValue(TIMESTAMP.format(sentAt.atZone(zone)));
            msh.getMessageControlID().setValue(order.controlId());

            PID pid = message.getPATIENT().getPID();
            pid.getSetIDPID().setValue("1");
            pid.getPatientIdentifierList(0).getIDNumber().setValue(order.mrn());
            pid.getPatientIdentifierList(0).getAssigningAuthority().getNamespaceID().setValue("HPMS");
            pid.getPatientIdentifierList(0).getIdentifierTypeCode().setValue("MR");
            pid.getPatientName(0).getFamilyName().getSurname().setValue(order.familyName());
            pid.getPatientName(0).getGivenName().setValue(order.givenName());
            if (order.birthDate() != null) {
                pid.getDateTimeOfBirth().getTime().setValue(DATE.format(order.birthDate()));
            }
            pid.getAdministrativeSex().setValue(sexCode(order.sex()));

            ORC orc = message.getORDER().getORC();
            orc.getOrderControl().setValue(order.orderControl());
            orc.getPlacerOrderNumber().getEntityIdentifier().setValue(order.placerOrderNumber());
            orc.getPlacerOrderNumber().getNamespaceID().setValue("HPMS");
            orc.getQuantityTiming(0).getPriority().setValue(order.priorityCode());
            orc.getDateTimeOfTransaction().getTime().setValue(TIMESTAMP.format(sentAt.atZone(zone)));
            doctor(orc.getOrderingProvider(0), order);
            if (order.reason() != null) {
                orc.getOrderControlCodeReason().getText().setValue(order.reason());
            }

            OBR obr = message.getORDER().getORDER_DETAIL().getOBR();
            obr.getSetIDOBR().setValue("1");
            obr.getPlacerOrderNumber().getEntityIdentifier().setValue(order.placerOrderNumber());
            obr.getPlacerOrderNumber().getNamespaceID().setValue("HPMS");
            obr.getUniversalServiceIdentifier().getIdentifier().setValue(order.loincCode());
            obr.getUniversalServiceIdentifier().getText().setValue(order.testName());
            obr.getUniversalServiceIdentifier().getNameOfCodingSystem().setValue("LN");
            obr.getRequestedDateTime().getTime().setValue(TIMESTAMP.format(order.orderedAt().atZone(zone)));
            if (order.clinicalInfo() != null) {
                obr.getRelevantClinicalInformation().setValue(order.clinicalInfo());
            }
            obr.getSpecimenSource().getSpecimenSourceNameOrCode().getText().setValue(order.specimenType());
            doctor(obr.getOrderingProvider(0), order);
            return new PipeParser().encode(message);
        } catch (HL7Exception | IOException e) {
            throw new IllegalStateException("Could not write the order message", e);
        }
    }

    private static void doctor(XCN provider, Order order) throws HL7Exception {
        provider.getIDNumber().setValue(order.orderingDoctor());
        provider.getFamilyName().getSurname().setValue(order.orderingDoctorName());
    }

    private static String sexCode(Sex sex) {
        return switch (sex == null ? Sex.UNKNOWN : sex) {
            case MALE -> "M";
            case FEMALE -> "F";
            case OTHER -> "O";
            case UNKNOWN -> "U";
        };
    }
}
