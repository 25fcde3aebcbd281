package org.hpms.lab.application;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.jms.JMSContext;
import jakarta.jms.Queue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.hpms.clinical.application.DemoHistory;
import org.hpms.clinical.domain.Encounter;
import org.hpms.lab.domain.LabOrder;
import org.hpms.lab.domain.LabPriority;
import org.hpms.lab.domain.LabTest;
import org.hpms.patient.domain.PatientSearchKeys;
import org.hpms.shared.config.HpmsConfiguration;
import org.hpms.shared.crypto.ApplicationKeys;
import org.hpms.shared.persistence.IdSequences;

/**
 * In demo mode, a laboratory's messages arrive through the real LabResults queue at every start: a
 * result for a patient the hospital does not know (unmatched), one with a glucose value that is not
 * a number (parked with its reason), and the result of the basic metabolic panel dr.rahman ordered
 * at Mohammad Karim's latest visit (the orders, a collected panel and a blood count awaiting
 * collection, are written once), with a potassium past the critical limit, so that dr.rahman's
 * screens show the critical-result alert. Fixed control ids make every later start a repeat, which
 * stores nothing.
 */
@Singleton
@Startup
@DependsOn("DemoHistory")
public class DemoLabResults {

    static final String CONTROL_ID = "DEMO-LAB-0003";

    @PersistenceContext
    EntityManager em;

    @Inject
    JMSContext jms;

    @Resource(lookup = "java:/jms/queue/LabResults")
    Queue labResults;

    @PostConstruct
    void post() {
        if (!HpmsConfiguration.demoMode()) {
            return;
        }
        jms.createProducer().send(labResults, unknownPatientsGlucose("DEMO-LAB-0001", "EXT-55321", "5.4"));
        jms.createProducer().send(labResults, unknownPatientsGlucose("DEMO-LAB-0002", "EXT-55322", "see note"));
        Long nationalId = new PatientSearchKeys(ApplicationKeys.blindIndex()).nationalId(DemoHistory.DEMO_NATIONAL_ID);
        Encounter visit = em.createQuery("SELECT e FROM Encounter e WHERE e.patient.nationalIdIndex = :index ORDER BY e.startedAt DESC",
                Encounter.class).setParameter("index", nationalId).setMaxResults(1).getResultStream().findFirst().orElse(null);
        if (visit == null) {
            return;
        }
        LabOrder panel = em.createQuery("SELECT o FROM LabOrder o WHERE o.patient = :patient AND o.test.code = 'BMP'", LabOrder.class)
                .setParameter("patient", visit.getPatient()).getResultStream().findFirst().orElseGet(() -> order(visit));
        jms.createProducer().send(labResults, result(visit.getPatient().getMrn().value(), panel.getPlacerOrderNumber()));
    }

    private LabOrder order(Encounter visit) {
        Instant orderedAt = visit.getStartedAt().plus(20, ChronoUnit.MINUTES);
        LabOrder panel = new LabOrder(IdSequences.next(em, LabOrder.NUMBER_SEQUENCE), visit, test("BMP"), DemoHistory.DOCTOR, LabPriority.STAT,
                "Weakness, on ACE inhibitor", orderedAt);
        panel.collected("DEMO-ACC-0001", orderedAt.plus(10, ChronoUnit.MINUTES), "nurse.akter");
        em.persist(panel);
        em.persist(new LabOrder(IdSequences.next(em, LabOrder.NUMBER_SEQUENCE), visit, test("CBC"), DemoHistory.DOCTOR, LabPriority.ROUTINE, null, orderedAt));
        return panel;
    }

    private LabTest test(String code) {
        return em.createQuery("SELECT t FROM LabTest t WHERE t.code = :code", LabTest.class).setParameter("code", code).getSingleResult();
    }

    private static String unknownPatientsGlucose(String controlId, String labPatientId, String glucose) {
        return String.join("\r",
                "MSH|^~\\&|DemoLIS^lab.demo.example^DNS|Demo Laboratory^2.16.840.1.113883.3.999^ISO|HPMS|HPMS|20260101080000+0000||"
                        + "ORU^R01^ORU_R01|" + controlId + "|P|2.5.1",
                "PID|1||" + labPatientId + "^^^DemoLab^MR||SAMPLE^PATIENT||19700101|U",
                "OBR|1|DEMO-" + controlId + "^HPMS||2345-7^Glucose^LN|||20260101070000+0000|||||||||||||||20260101075500+0000|||F",
                "OBX|1|NM|2345-7^Glucose [Mass/volume] in Serum or Plasma^LN||" + glucose + "|mmol/L|3.9-5.5|N|||F");
    }

    /** The panel's result as the demo laboratory reports it: no flags for potassium and sodium, so the catalogue interprets them. */
    private static String result(String mrn, String placerOrderNumber) {
        return String.join("\r",
                "MSH|^~\\&|DemoLIS^lab.demo.example^DNS|Demo Laboratory^2.16.840.1.113883.3.999^ISO|HPMS|HPMS|20260101093000+0000||"
                        + "ORU^R01^ORU_R01|" + CONTROL_ID + "|P|2.5.1",
                "PID|1||" + mrn + "^^^HPMS^MR||KARIM^MOHAMMAD",
                "OBR|1|" + placerOrderNumber + "^HPMS|DEMO-FILLER-0003^DemoLIS|51990-0^Basic metabolic panel - Blood^LN|||20260101083000+0000"
                        + "|||||||||||||||20260101092500+0000|||F",
                "OBX|1|NM|2823-3^Potassium [Moles/volume] in Serum or Plasma^LN||6.8|mmol/L|||||F|||20260101083000+0000",
                "NTE|1||Repeated on the same sample: confirmed. Not haemolysed.",
                "OBX|2|NM|2951-2^Sodium [Moles/volume] in Serum or Plasma^LN||138|mmol/L|||||F|||20260101083000+0000",
                "OBX|3|NM|2345-7^Glucose [Mass/volume] in Serum or Plasma^LN||182|mg/dL|70-99|H|||F|||20260101083000+0000",
                "OBX|4|NM|2160-0^Creatinine [Mass/volume] in Serum or Plasma^LN||1.1|mg/dL|||||F|||20260101083000+0000");
    }
}
