package org.hpms.lab.infrastructure;

import ca.uhn.fhir.context.FhirContext;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hpms.lab.application.LabAck;

/**
 * The answer to a FHIR message: an OperationOutcome whose issue carries the acknowledgement code in
 * HL7 table 0008 terms (AA, AE, AR: the same the lab gets for HL7 v2), the message id it answers and,
 * for AE and AR, the reason.
 */
public final class FhirR4Acks {

    static final String ACK_CODES = "http://terminology.hl7.org/CodeSystem/v2-0008";

    private FhirR4Acks() {
    }

    public static String encode(LabAck answer) {
        OperationOutcome outcome = new OperationOutcome();
        OperationOutcome.OperationOutcomeIssueComponent issue = outcome.addIssue();
        switch (answer.code()) {
            case "AA" -> issue.setSeverity(OperationOutcome.IssueSeverity.INFORMATION).setCode(OperationOutcome.IssueType.INFORMATIONAL);
            case "AR" -> issue.setSeverity(OperationOutcome.IssueSeverity.FATAL).setCode(OperationOutcome.IssueType.STRUCTURE);
            default -> issue.setSeverity(OperationOutcome.IssueSeverity.ERROR).setCode(OperationOutcome.IssueType.INVALID);
        }
        issue.getDetails().addCoding().setSystem(ACK_CODES).setCode(answer.code());
        issue.getDetails().setText("Answer to message " + answer.controlId());
        if (answer.reason() != null) {
            issue.setDiagnostics(answer.reason());
        }
        return FhirContext.forR4Cached().newJsonParser().encodeResourceToString(outcome);
    }
}
