package org.hpms.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.hpms.it.support.ApiClient;
import org.hpms.it.support.Deployments;
import org.hpms.it.support.PatientFixtures;
import org.hpms.it.support.Staff;
import org.hpms.patient.domain.MedicalRecordNumber;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The patient REST API over real HTTP: Basic authentication, roles, status codes and field reasons. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PatientsApiIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    private final ApiClient api = new ApiClient();

    @Test
    void registerReadAndSearchWithTheRightRoles() throws Exception {
        String family = PatientFixtures.uniqueWord("Api");
        String nationalId = PatientFixtures.uniqueNationalId();
        String body = """
                {"givenName": "Nasima", "familyName": "%s", "sex": "FEMALE", "birthDate": "1992-08-15",
                 "phone": "+880 1912-000111", "nationalId": "%s", "address": "Mirpur 10, Dhaka"}
                """.formatted(family, nationalId);

        HttpResponse<String> created = api.send(api.post("patients", body), Staff.RECEPTIONIST);
        assertEquals(201, created.statusCode(), created.body());
        String mrn = (String) api.map(created).get("mrn");
        assertTrue(created.headers().firstValue("Location").orElseThrow().endsWith("/api/v1/patients/" + mrn));

        HttpResponse<String> read = api.send(api.get("patients/" + mrn), Staff.DOCTOR);
        assertEquals(200, read.statusCode());
        Map<String, Object> patient = api.map(read);
        assertEquals("Nasima", patient.get("givenName"));
        assertEquals(family, patient.get("familyName"));
        assertEquals("1992-08-15", patient.get("birthDate"));
        assertEquals(nationalId, patient.get("nationalId"));

        HttpResponse<String> found = api.send(api.get("patients?name=" + family.toLowerCase() + "%20nas&birthDate=1992-08-15"), Staff.NURSE);
        assertEquals(200, found.statusCode(), found.body());
        Map<String, Object> result = api.map(found);
        assertEquals(1L, ((Number) result.get("total")).longValue());
        assertEquals(mrn, ((Map<?, ?>) ((List<?>) result.get("patients")).get(0)).get("mrn"));

        HttpResponse<String> duplicate = api.send(api.post("patients", body), Staff.RECEPTIONIST);
        assertEquals(409, duplicate.statusCode());
        assertTrue(duplicate.headers().firstValue("Location").orElseThrow().endsWith("/patients/" + mrn));
    }

    @Test
    void invalidInputGetsFieldReasonsAndNothingIsSaved() throws Exception {
        String family = PatientFixtures.uniqueWord("Invalid");
        HttpResponse<String> invalid = api.send(api.post("patients",
                "{\"givenName\": \"\", \"familyName\": \"" + family + "\", \"sex\": \"FEMALE\", \"birthDate\": \"2999-01-01\"}"),
                Staff.RECEPTIONIST);
        assertEquals(400, invalid.statusCode());
        assertTrue(invalid.headers().firstValue("Content-Type").orElseThrow().startsWith("application/problem+json"));
        Map<?, ?> errors = (Map<?, ?>) api.map(invalid).get("errors");
        assertEquals("Given name is required", errors.get("givenName"));
        assertEquals("Date of birth cannot be in the future", errors.get("birthDate"));
        assertEquals(0L, ((Number) api.map(api.send(api.get("patients?name=" + family), Staff.DOCTOR)).get("total")).longValue());

        assertEquals(400, api.send(api.post("patients", "{\"givenName\": "), Staff.RECEPTIONIST).statusCode(), "malformed JSON");
        assertEquals(400, api.send(api.post("patients", "{\"sex\": \"ROBOT\"}"), Staff.RECEPTIONIST).statusCode(), "unknown enum value");

        HttpResponse<String> badSearch = api.send(api.get("patients?birthDate=15/08/1992"), Staff.DOCTOR);
        assertEquals(400, badSearch.statusCode());
        assertTrue(((Map<?, ?>) api.map(badSearch).get("errors")).containsKey("birthDate"));
        assertEquals(400, api.send(api.get("patients"), Staff.DOCTOR).statusCode(), "a search needs at least one filter");
        String neverIssued = MedicalRecordNumber.fromSerial(MedicalRecordNumber.LAST_SERIAL).value();
        assertEquals(404, api.send(api.get("patients/" + neverIssued), Staff.DOCTOR).statusCode());
    }

    @Test
    void authenticationAndRolesFailClosed() throws Exception {
        HttpResponse<String> anonymous = api.http.send(api.get("patients?name=ab").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(401, anonymous.statusCode());
        assertTrue(anonymous.headers().firstValue("WWW-Authenticate").orElseThrow().startsWith("Basic"));

        HttpResponse<String> wrongPassword = api.http.send(api.get("patients?name=ab")
                .header("Authorization", ApiClient.basic(Staff.DOCTOR, "not-it")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(401, wrongPassword.statusCode());

        HttpResponse<String> doctorRegisters = api.send(api.post("patients",
                "{\"givenName\": \"No\", \"familyName\": \"Way\", \"sex\": \"MALE\", \"birthDate\": \"1970-01-01\"}"), Staff.DOCTOR);
        assertEquals(403, doctorRegisters.statusCode());
        assertEquals("Your role does not allow this", api.map(doctorRegisters).get("title"));
    }

    @Test
    void theHistoryOverTheApiWithTheSameRolesAndReasons() throws Exception {
        String mrn = registered("History");
        HttpResponse<String> opened = api.send(api.post("patients/" + mrn + "/encounters",
                "{\"type\": \"OUTPATIENT\", \"attendingDoctor\": \"dr.rahman\", \"chiefComplaint\": \"Cough for two weeks\"}"),
                Staff.NURSE);
        assertEquals(201, opened.statusCode(), opened.body());
        String encounter = (String) api.map(opened).get("id");
        assertTrue(opened.headers().firstValue("Location").orElseThrow().endsWith("/api/v1/encounters/" + encounter));

        assertEquals(201, api.send(api.post("encounters/" + encounter + "/diagnoses", "{\"code\": \"J20.9\", \"rank\": \"PRIMARY\"}"),
                Staff.DOCTOR).statusCode());
        assertEquals(201, api.send(api.post("encounters/" + encounter + "/vitals",
                "{\"systolic\": 128, \"diastolic\": 82, \"temperature\": 38.1, \"weight\": 61.5, \"height\": 158}"),
                Staff.NURSE).statusCode());
        assertEquals(201, api.send(api.post("encounters/" + encounter + "/prescriptions",
                "{\"drug\": \"Azithromycin\", \"dose\": \"500 mg\", \"route\": \"ORAL\", \"frequency\": \"once daily\","
                        + " \"durationDays\": 3}"), Staff.DOCTOR).statusCode());
        assertEquals(201, api.send(api.post("encounters/" + encounter + "/notes", "{\"type\": \"PROGRESS\", \"text\": \"Crackles left base.\"}"),
                Staff.DOCTOR).statusCode());

        HttpResponse<String> implausible = api.send(api.post("encounters/" + encounter + "/vitals", "{\"pulse\": 720}"), Staff.NURSE);
        assertEquals(400, implausible.statusCode());
        assertEquals("Pulse 720 beats/min is not plausible (expected 20 to 300 beats/min)",
                ((Map<?, ?>) api.map(implausible).get("errors")).get("pulse"));
        HttpResponse<String> unknownCode = api.send(api.post("encounters/" + encounter + "/diagnoses", "{\"code\": \"Q99.999\"}"), Staff.DOCTOR);
        assertEquals(400, unknownCode.statusCode());
        assertEquals("Q99.999 is not a code of the ICD-10 catalogue", ((Map<?, ?>) api.map(unknownCode).get("errors")).get("code"));
        assertEquals(403, api.send(api.post("encounters/" + encounter + "/prescriptions", "{}"), Staff.NURSE).statusCode(),
                "nurses do not prescribe");

        Map<String, Object> summary = api.map(api.send(api.get("patients/" + mrn + "/summary"), Staff.DOCTOR));
        assertEquals("J20.9", ((Map<?, ?>) ((List<?>) summary.get("activeProblems")).get(0)).get("code"));
        assertEquals("Azithromycin", ((Map<?, ?>) ((List<?>) summary.get("currentMedications")).get(0)).get("drug"));
        assertEquals(24.6, ((Number) ((Map<?, ?>) summary.get("lastVitals")).get("bmi")).doubleValue(), 0.001);
        Map<String, Object> timeline = api.map(api.send(api.get("patients/" + mrn + "/encounters?first=0&max=10"), Staff.NURSE));
        assertEquals(1L, ((Number) timeline.get("total")).longValue());
        Map<String, Object> details = api.map(api.send(api.get("encounters/" + encounter), Staff.NURSE));
        assertEquals("Crackles left base.", ((Map<?, ?>) ((List<?>) details.get("notes")).get(0)).get("text"));

        HttpResponse<byte[]> pdf = api.http.send(api.get("patients/" + mrn + "/summary.pdf").header("Accept", "application/pdf")
                .header("Authorization", ApiClient.basic(Staff.DOCTOR, Staff.DEMO_PASSWORD)).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, pdf.statusCode());
        assertEquals("%PDF-", new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII));

        assertEquals(403, api.send(api.get("patients/" + mrn + "/summary"), Staff.RECEPTIONIST).statusCode(), "reception: demographics only");
        assertEquals(403, api.send(api.get("encounters/" + encounter), Staff.BILLING).statusCode());
        assertEquals(404, api.send(api.get("patients/" + MedicalRecordNumber.fromSerial(MedicalRecordNumber.LAST_SERIAL).value() + "/summary"),
                Staff.DOCTOR).statusCode());
        assertEquals(400, api.send(api.get("encounters/no-such-encounter"), Staff.DOCTOR).statusCode());
    }

    @Test
    void anEditNamesTheVersionItStartedFrom() throws Exception {
        String mrn = registered("Etag");
        HttpResponse<String> read = api.send(api.get("patients/" + mrn), Staff.RECEPTIONIST);
        String etag = read.headers().firstValue("ETag").orElseThrow();
        Map<String, Object> patient = api.map(read);
        String edited = """
                {"givenName": "%s", "familyName": "%s", "sex": "FEMALE", "birthDate": "%s", "phone": "01819-000999",
                 "maritalStatus": "WIDOWED"}
                """.formatted(patient.get("givenName"), patient.get("familyName"), patient.get("birthDate"));

        assertEquals(428, api.send(api.put("patients/" + mrn, edited), Staff.RECEPTIONIST).statusCode(), "If-Match is required");
        HttpResponse<String> saved = api.send(api.put("patients/" + mrn, edited).header("If-Match", etag), Staff.RECEPTIONIST);
        assertEquals(200, saved.statusCode(), saved.body());
        assertEquals("WIDOWED", api.map(saved).get("maritalStatus"));
        HttpResponse<String> stale = api.send(api.put("patients/" + mrn, edited.replace("000999", "000888")).header("If-Match", etag),
                Staff.RECEPTIONIST);
        assertEquals(412, stale.statusCode(), "the first save changed the version");
        assertEquals("01819-000999", api.map(api.send(api.get("patients/" + mrn), Staff.DOCTOR)).get("phone"));
        List<?> history = api.read(api.send(api.get("patients/" + mrn + "/history"), Staff.RECEPTIONIST), List.class);
        assertEquals(2, history.size(), "phone and marital status");
        assertEquals(403, api.send(api.put("patients/" + mrn, edited).header("If-Match", etag), Staff.DOCTOR).statusCode());
    }

    private String registered(String stem) throws Exception {
        String body = """
                {"givenName": "Rina", "familyName": "%s", "sex": "FEMALE", "birthDate": "1988-03-09"}
                """.formatted(PatientFixtures.uniqueWord(stem));
        return (String) api.map(api.send(api.post("patients", body), Staff.RECEPTIONIST)).get("mrn");
    }

}
