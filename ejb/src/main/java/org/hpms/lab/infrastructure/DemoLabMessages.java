package org.hpms.lab.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.jms.JMSContext;
import jakarta.jms.Queue;
import org.hpms.shared.config.HpmsConfiguration;

/**
 * In demo mode, a laboratory's first messages arrive through the real queue at every start: a result
 * for a patient the hospital does not know (unmatched) and one with a glucose value that is not a
 * number (parked with its reason). Their fixed control ids and content make every later start a
 * repeat, which stores nothing.
 */
@Singleton
@Startup
public class DemoLabMessages {

    @Inject
    JMSContext jms;

    @Resource(lookup = "java:/jms/queue/LabResults")
    Queue labResults;

    @PostConstruct
    void post() {
        if (!HpmsConfiguration.demoMode()) {
            return;
        }
        jms.createProducer().send(labResults, result("DEMO-LAB-0001", "EXT-55321", "5.4"));
        jms.createProducer().send(labResults, result("DEMO-LAB-0002", "EXT-55322", "see note"));
    }

    private static String result(String controlId, String labPatientId, String glucose) {
        return String.join("\r",
                "MSH|^~\\&|DemoLIS^lab.demo.example^DNS|Demo Laboratory^2.16.840.1.113883.3.999^ISO|HPMS|HPMS|20260101080000+0000||"
                        + "ORU^R01^ORU_R01|" + controlId + "|P|2.5.1",
                "PID|1||" + labPatientId + "^^^DemoLab^MR||SAMPLE^PATIENT||19700101|U",
                "OBR|1|DEMO-" + controlId + "^HPMS||2345-7^Glucose^LN|||20260101070000+0000|||||||||||||||20260101075500+0000|||F",
                "OBX|1|NM|2345-7^Glucose [Mass/volume] in Serum or Plasma^LN||" + glucose + "|mmol/L|3.9-5.5|N|||F");
    }
}
