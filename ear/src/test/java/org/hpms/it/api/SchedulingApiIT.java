package org.hpms.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import org.hpms.it.support.ApiClient;
import org.hpms.it.support.Deployments;
import org.hpms.it.support.PatientFixtures;
import org.hpms.it.support.Staff;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Scheduling over real HTTP against the demo doctor (dr.rahman: general medicine and endocrinology,
 * Sunday to Thursday 09:00-13:00 and 14:00-17:00, created in demo mode).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SchedulingApiIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    private final ApiClient api = new ApiClient();
    /** The server runs on this machine, in its time zone (no HPMS_TIMEZONE in the tests). */
    private final ZoneId zone = ZoneId.systemDefault();

    @Test
    void slotsBookingConflictsProposalsAndCancellation() throws Exception {
        LocalDate sunday = LocalDate.now(zone).plusWeeks(3).with(TemporalAdjusters.next(DayOfWeek.SUNDAY));
        String mrn = registered();
        String other = registered();

        HttpResponse<String> slots = api.send(api.get("doctors/dr.rahman/slots?from=" + sunday + "&visitType=NEW"), Staff.RECEPTIONIST);
        assertEquals(200, slots.statusCode(), slots.body());
        List<?> free = api.read(slots, List.class);
        assertEquals(21, free.size(), "09:00-13:00 and 14:00-17:00 in 20-minute visits: 12 + 9");
        assertEquals(instant(sunday, "09:00"), ((Map<?, ?>) ((Map<?, ?>) free.get(0)).get("interval")).get("start"));

        String nine = booking(mrn, instant(sunday, "09:00"));
        HttpResponse<String> booked = api.send(api.post("appointments", nine), Staff.RECEPTIONIST);
        assertEquals(201, booked.statusCode(), booked.body());
        String id = (String) api.map(booked).get("id");
        assertTrue(booked.headers().firstValue("Location").orElseThrow().endsWith("/api/v1/appointments/" + id));

        HttpResponse<String> taken = api.send(api.post("appointments", booking(other, instant(sunday, "09:00"))), Staff.RECEPTIONIST);
        assertEquals(409, taken.statusCode());
        assertEquals("This slot was just taken; choose another one", api.map(taken).get("title"));
        HttpResponse<String> outside = api.send(api.post("appointments", booking(other, instant(sunday, "13:20"))), Staff.RECEPTIONIST);
        assertEquals(400, outside.statusCode());
        assertEquals("Outside Dr dr.rahman's working hours", ((Map<?, ?>) api.map(outside).get("errors")).get("start"));
        assertEquals(403, api.send(api.post("appointments", booking(other, instant(sunday, "10:00"))), Staff.BILLING).statusCode());

        HttpResponse<String> proposals = api.send(api.post("appointments/proposals", """
                {"mrn": "%s", "complaint": "Diabetes review, sugar high", "visitType": "NEW",
                 "windowStart": "%s", "windowEnd": "%s"}""".formatted(other, instant(sunday, "00:00"), instant(sunday, "23:59"))),
                Staff.RECEPTIONIST);
        assertEquals(200, proposals.statusCode(), proposals.body());
        Map<String, Object> assignment = api.map(proposals);
        assertEquals("ENDOCRINOLOGY", assignment.get("specialization"));
        Map<?, ?> best = (Map<?, ?>) ((List<?>) assignment.get("proposals")).get(0);
        assertEquals("dr.rahman", best.get("doctor"));
        assertEquals(instant(sunday, "09:20"), ((Map<?, ?>) ((Map<?, ?>) best.get("slot")).get("interval")).get("start"),
                "09:00 is taken");

        assertEquals(400, api.send(api.post("appointments/" + id + "/cancel", "{\"reason\": \"\"}"), Staff.RECEPTIONIST).statusCode());
        assertEquals(204, api.send(api.post("appointments/" + id + "/cancel", "{\"reason\": \"Patient unwell\"}"), Staff.RECEPTIONIST)
                .statusCode());
        assertEquals(201, api.send(api.post("appointments", booking(other, instant(sunday, "09:00"))), Staff.RECEPTIONIST).statusCode(),
                "the cancelled time can be booked again");
    }

    private String booking(String mrn, String start) {
        return """
                {"mrn": "%s", "doctor": "dr.rahman", "start": "%s", "visitType": "NEW", "specialization": "GENERAL_MEDICINE"}
                """.formatted(mrn, start);
    }

    private String instant(LocalDate day, String time) {
        return Instant.from(day.atTime(LocalTime.parse(time)).atZone(zone)).toString();
    }

    private String registered() throws Exception {
        String body = """
                {"givenName": "Salma", "familyName": "%s", "sex": "FEMALE", "birthDate": "1979-01-21"}
                """.formatted(PatientFixtures.uniqueWord("Api"));
        return (String) api.map(api.send(api.post("patients", body), Staff.RECEPTIONIST)).get("mrn");
    }
}
