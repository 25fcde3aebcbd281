package org.hpms.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.hpms.it.support.ApiClient;
import org.hpms.it.support.Deployments;
import org.hpms.it.support.PatientFixtures;
import org.hpms.it.support.Staff;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Reminders end to end: a booking plans them, the dispatcher queues them on the Notifications JMS queue,
 * the consumer sends email through WildFly's mail session to GreenMail (the tests' SMTP server) and SMS
 * to the logging gateway, and the delivery status is recorded. The tests' server reminds every booking
 * within 8 days at once and looks for due messages every 2 seconds.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReminderIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    private final ApiClient api = new ApiClient();
    private final ZoneId zone = ZoneId.systemDefault();
    private final GreenMail smtp = new GreenMail(new ServerSetup(Integer.getInteger("hpms.it.smtpPort"), "127.0.0.1", "smtp"));

    @AfterEach
    void stopMailServer() {
        smtp.stop();
    }

    @Test
    void aReminderThatCannotBeSentIsRetriedAndArrivesOnceTheMailServerIsBack() throws Exception {
        String email = PatientFixtures.uniqueWord("rina").toLowerCase() + "@example.org";
        String mrn = registered(email);
        String id = bookFirstFreeSlotOfTheWeek(mrn);

        // No mail server yet: the email fails and waits for its retry; the SMS goes to the logging gateway.
        List<Map<String, Object>> failing = waitForNotifications(id,
                list -> status(list, "EMAIL").get("lastError") != null && status(list, "SMS").get("status").equals("SENT"));
        Map<String, Object> emailTry = status(failing, "EMAIL");
        assertEquals("PENDING", emailTry.get("status"), "a failed delivery is retried later: " + emailTry);
        assertTrue(((Number) emailTry.get("attempts")).intValue() >= 1);
        assertFalse(String.valueOf(emailTry.get("lastError")).contains(email), "no address in the recorded error");
        assertEquals("APPOINTMENT_REMINDER", emailTry.get("purpose"));

        smtp.start();
        assertTrue(smtp.waitForIncomingEmail(60_000, 1), "the retried reminder arrives");
        MimeMessage received = smtp.getReceivedMessages()[0];
        assertEquals(email, received.getAllRecipients()[0].toString());
        assertEquals("Reminder: your appointment", received.getSubject());
        String body = GreenMailUtil.getBody(received);
        assertTrue(body.startsWith("Dear Rina,"), body);
        assertTrue(body.contains("with Dr. Farhana Rahman (general medicine) on "), body);

        Map<String, Object> delivered = status(waitForNotifications(id, list -> status(list, "EMAIL").get("status").equals("SENT")),
                "EMAIL");
        assertNotNull(delivered.get("sentAt"));
        assertTrue(((Number) delivered.get("attempts")).intValue() >= 2, "sent on a retry: " + delivered);
        assertEquals(403, api.send(api.get("appointments/" + id + "/notifications"), Staff.BILLING).statusCode());
    }

    @Test
    void aCancelledAppointmentIsNotReminded() throws Exception {
        smtp.start();
        String mrn = registered(PatientFixtures.uniqueWord("rina").toLowerCase() + "@example.org");
        String id = bookFirstFreeSlotOfTheWeek(mrn);
        assertEquals(204, api.send(api.post("appointments/" + id + "/cancel", "{\"reason\": \"Feeling better\"}"), Staff.RECEPTIONIST)
                .statusCode());
        // Cancelled before or after the reminder went out: once settled, no pending reminder is left.
        List<Map<String, Object>> settled = waitForNotifications(id, list -> list.stream()
                .noneMatch(n -> n.get("status").equals("PENDING") || n.get("status").equals("QUEUED")));
        for (Map<String, Object> notification : settled) {
            assertTrue(List.of("SKIPPED", "SENT").contains(notification.get("status")), notification.toString());
        }
    }

    private List<Map<String, Object>> waitForNotifications(String appointmentId, Predicate<List<Map<String, Object>>> condition)
            throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        List<Map<String, Object>> last = List.of();
        while (Instant.now().isBefore(deadline)) {
            HttpResponse<String> response = api.send(api.get("appointments/" + appointmentId + "/notifications"), Staff.RECEPTIONIST);
            assertEquals(200, response.statusCode(), response.body());
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> current = api.read(response, List.class);
            last = current;
            if (current.size() == 2 && condition.test(current)) {
                return current;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("notifications did not reach the expected state: " + last);
    }

    private static Map<String, Object> status(List<Map<String, Object>> notifications, String channel) {
        return notifications.stream().filter(n -> channel.equals(n.get("channel"))).findFirst().orElseThrow();
    }

    private String bookFirstFreeSlotOfTheWeek(String mrn) throws Exception {
        LocalDate today = LocalDate.now(zone);
        HttpResponse<String> slots = api.send(api.get("doctors/dr.rahman/slots?from=" + today.plusDays(1) + "&until=" + today.plusDays(7)
                + "&visitType=NEW"), Staff.RECEPTIONIST);
        assertEquals(200, slots.statusCode(), slots.body());
        List<?> free = api.read(slots, List.class);
        for (Object slot : free) {
            String start = (String) ((Map<?, ?>) ((Map<?, ?>) slot).get("interval")).get("start");
            HttpResponse<String> booked = api.send(api.post("appointments", """
                    {"mrn": "%s", "doctor": "dr.rahman", "start": "%s", "visitType": "NEW", "specialization": "GENERAL_MEDICINE"}
                    """.formatted(mrn, start)), Staff.RECEPTIONIST);
            if (booked.statusCode() == 201) {
                return (String) api.map(booked).get("id");
            }
            assertEquals(409, booked.statusCode(), booked.body()); // taken by another test meanwhile: the next one
        }
        throw new AssertionError("dr.rahman has no free slot in the coming week");
    }

    private String registered(String email) throws Exception {
        String body = """
                {"givenName": "Rina", "familyName": "%s", "sex": "FEMALE", "birthDate": "1985-03-02",
                 "phone": "01711-%s", "email": "%s"}
                """.formatted(PatientFixtures.uniqueWord("Remind"), PatientFixtures.uniqueDigits(6), email);
        HttpResponse<String> registered = api.send(api.post("patients", body), Staff.RECEPTIONIST);
        assertEquals(201, registered.statusCode(), registered.body());
        return (String) api.map(registered).get("mrn");
    }
}
