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
        return format == LabMessageFormat.FHIR_R4 ? FhirReader.INSTANCE : Hl7v2Reader.INSTANCE;
    }

    /** One of each, shared (both are thread-safe once built) and built on first use: the FHIR context takes seconds. */
    final class Hl7v2Reader {
        static final LabMessageReader INSTANCE = new Hl7v2ResultReader();

        private Hl7v2Reader() {
        }
    }

    final class FhirReader {
        static final LabMessageReader INSTANCE = new FhirR4ResultReader();

        private FhirReader() {
        }
    }
}
