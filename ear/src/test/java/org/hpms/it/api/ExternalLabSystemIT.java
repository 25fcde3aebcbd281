package org.hpms.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.JMSSecurityRuntimeException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.hpms.it.support.ApiClient;
import org.hpms.it.support.Deployments;
import org.hpms.it.support.LabFixtures;
import org.hpms.it.support.LabSystems;
import org.hpms.it.support.Staff;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A laboratory's system from outside WildFly, over the HTTP port as the README shows: an identity
 * with role LAB_SYSTEM is added with the README's script (management CLI), posts an
 * ORU^R01 with the stock Artemis command-line client, and reads the acknowledgement from LabAcks. It
 * may send results and read acknowledgements and orders, nothing else; staff accounts and wrong
 * passwords do not get on the broker, and the lab identity does not get into the application.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ExternalLabSystemIT {

    private static final String BROKER = LabSystems.BROKER_URL;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    private final String lab = "it-lab-" + UUID.randomUUID().toString().substring(0, 8);
    private final String password = "Lab-" + UUID.randomUUID();

    /** As an operator adds a laboratory: the README's script, against the running server's management port. */
    @BeforeEach
    void addLabIdentity() throws Exception {
        LabSystems.add(lab, password);
    }

    @AfterEach
    void removeLabIdentity() throws Exception {
        LabSystems.remove(lab);
    }

    @Test
    void aLabPostsAResultWithTheStockArtemisClientAndReadsItsAcknowledgement() throws Exception {
        String controlId = "EXT-" + UUID.randomUUID();
        String result = LabFixtures.oru(controlId, "LAB-ONLY-" + controlId.substring(4, 12), null, "F-EXT-1", "F",
                "2823-3^Potassium [Moles/volume] in Serum or Plasma^LN|4.2|mmol/L|3.5-5.1|N");

        Process producer = new ProcessBuilder(Path.of(System.getProperty("hpms.it.artemisHome"), "bin", "artemis").toString(),
                "producer", "--url", BROKER, "--user", lab, "--password", password, "--destination", "queue://jms.queue.LabResults",
                "--message-count", "1", "--message", result)
                .redirectErrorStream(true).start();
        assertTrue(producer.waitFor(120, TimeUnit.SECONDS), "the Artemis client finished");
        String output = new String(producer.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, producer.exitValue(), output);

        try (JMSContext jms = new ActiveMQConnectionFactory(BROKER).createContext(lab, password);
             JMSConsumer acks = jms.createConsumer(jms.createQueue("jms.queue.LabAcks"))) {
            String ack;
            do {
                ack = acks.receiveBody(String.class, 30_000);
                assertNotNull(ack, "the acknowledgement on LabAcks within 30 s");
            } while (!ack.contains(controlId));
            assertTrue(ack.contains("\rMSA|AA|" + controlId), "taken (it waits for a technician as unmatched): " + ack);
        }
    }

    @Test
    void aLabIdentityMaySendResultsAndReadWhatIsAddressedToLabsAndNothingElse() throws Exception {
        try (JMSContext jms = new ActiveMQConnectionFactory(BROKER).createContext(lab, password)) {
            assertRefused(() -> jms.createProducer().send(jms.createQueue("jms.queue.Notifications"), "hello"));
            assertRefused(() -> jms.createProducer().send(jms.createQueue("jms.queue.LabOrders"), "a forged order"));
            assertRefused(() -> jms.createProducer().send(jms.createQueue("jms.queue.DLQ"), "x"));
            assertRefused(() -> jms.createConsumer(jms.createQueue("jms.queue.LabResults")).receiveNoWait());
            assertRefused(() -> jms.createConsumer(jms.createQueue("jms.queue.Notifications")).receiveNoWait());
            jms.createConsumer(jms.createQueue("jms.queue.LabOrders")).close(); // allowed: orders are for the lab
        }
        assertThrows(JMSSecurityRuntimeException.class,
                () -> new ActiveMQConnectionFactory(BROKER).createContext(lab, "wrong-" + password).close(), "wrong password");
        assertThrows(JMSSecurityRuntimeException.class,
                () -> new ActiveMQConnectionFactory(BROKER).createContext(Staff.DOCTOR, Staff.DEMO_PASSWORD).close(),
                "staff accounts are not lab systems");

        HttpResponse<String> api = new ApiClient().http.send(new ApiClient().get("patients/100000017")
                .header("Authorization", ApiClient.basic(lab, password)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(401, api.statusCode(), "a lab identity cannot log in to the application");
    }

    private static void assertRefused(Runnable call) {
        JMSRuntimeException refused = assertThrows(JMSRuntimeException.class, call::run);
        assertTrue(refused instanceof JMSSecurityRuntimeException || String.valueOf(refused.getMessage()).contains("AMQ229032"),
                "refused for want of permission: " + refused);
    }
}
