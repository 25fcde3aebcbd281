package org.hpms.lab.infrastructure;

import org.hpms.lab.domain.LabMessageFormat;
import org.hpms.lab.domain.LabResultMessage;
import org.hpms.lab.domain.MalformedLabMessageException;

/** Reads a laboratory's result message of one format into the domain's terms. */
public interface LabMessageReader {

    /** Never fails: blank fields where the message does not tell. */
    LabEnvelope envelopeOf(String text);

    /** @throws MalformedLabMessageException with the reason, when the message cannot be taken */
    LabResultMessage read(String text);

    /** The reader for the message's format (FHIR JSON starts with a brace; anything else is taken for HL7 v2). */
    static LabMessageReader of(LabMessageFormat format) {
        return format == LabMessageFormat.FHIR_R4 ? Readers.FHIR : Readers.HL7_V2;
    }

    /** One of each, shared: both are thread-safe once built, and building them is not cheap. */
    final class Readers {
        static final LabMessageReader HL7_V2 = new Hl7v2ResultReader();
        static final LabMessageReader FHIR = new FhirR4ResultReader();

        private Readers() {
        }
    }
}
