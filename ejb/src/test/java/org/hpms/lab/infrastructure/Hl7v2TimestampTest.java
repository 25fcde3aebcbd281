package org.hpms.lab.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDateTime;
import org.hpms.lab.domain.MalformedLabMessageException;
import org.hpms.shared.config.HpmsConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class Hl7v2TimestampTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "20261126083000+0600, 2026-11-26T02:30:00Z",
            "20261126083000-0500, 2026-11-26T13:30:00Z",
            "20261126083000.1234+0000, 2026-11-26T08:30:00.1234Z",
            "202611260830+0000, 2026-11-26T08:30:00Z",
            "20261126+0000, 2026-11-26T00:00:00Z"})
    void timesWithAnOffsetAreThatInstant(String value, String expected) {
        assertEquals(Instant.parse(expected), Hl7v2ResultReader.instantOf(value, "OBX-14"));
    }

    @Test
    void aTimeWithoutAnOffsetIsTheHospitals() {
        assertEquals(LocalDateTime.of(2026, 11, 26, 8, 30).atZone(HpmsConfiguration.hospitalZone()).toInstant(),
                Hl7v2ResultReader.instantOf("202611260830", "OBR-7"));
        assertEquals(LocalDateTime.of(2026, 1, 1, 0, 0).atZone(HpmsConfiguration.hospitalZone()).toInstant(),
                Hl7v2ResultReader.instantOf("2026", "OBR-7"), "a year alone is its first moment");
        assertNull(Hl7v2ResultReader.instantOf(null, "OBR-7"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"2026-11-26", "20261326", "20261126250000", "yesterday", "20261126083000+06"})
    void anythingElseNamesTheField(String value) {
        MalformedLabMessageException e = assertThrows(MalformedLabMessageException.class, () -> Hl7v2ResultReader.instantOf(value, "OBX 2: OBX-14"));
        assertEquals("OBX 2: OBX-14 is not a date and time (YYYYMMDD[HHMM[SS]][+/-ZZZZ])", e.getReason());
        assertEquals("AE", e.getAckCode());
    }
}
