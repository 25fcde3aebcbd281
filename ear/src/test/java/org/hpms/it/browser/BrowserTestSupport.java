package org.hpms.it.browser;

import org.hpms.it.support.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

/** Browser tests deploy the EAR exactly as built and drive it from outside with a fresh browser per test. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
abstract class BrowserTestSupport {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    protected Browser browser;

    @BeforeEach
    void openBrowser() throws Exception {
        browser = new Browser(System.getProperty("hpms.it.baseUrl"));
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    /** On a patient page, as a clinician: records a life-threatening penicillin allergy (anaphylaxis). */
    protected void recordPenicillinAllergy() {
        browser.type("#allergies\\:substance", "Penicillin");
        browser.choose("allergies:category", "Medication");
        browser.type("#allergies\\:reaction", "anaphylaxis");
        browser.choose("allergies:severity", "Life-threatening");
        browser.click("#allergies\\:add");
    }
}
