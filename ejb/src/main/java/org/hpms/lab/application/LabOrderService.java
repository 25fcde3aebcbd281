package org.hpms.lab.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.jms.JMSContext;
import jakarta.jms.Queue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.hpms.audit.application.AuditTrail;
import org.hpms.audit.domain.AuditAction;
import org.hpms.audit.domain.AuditOutcome;
import org.hpms.clinical.application.ChartRecords;
import org.hpms.clinical.domain.Encounter;
import org.hpms.lab.domain.LabOrder;
import org.hpms.lab.domain.LabOrderStatus;
import org.hpms.lab.domain.LabTest;
import org.hpms.lab.infrastructure.Hl7v2OrderWriter;
import org.hpms.patient.domain.InvalidPatientDataException;
import org.hpms.patient.domain.Patient;
import org.hpms.security.Roles;
import org.hpms.shared.config.HpmsConfiguration;
import org.hpms.staff.application.StaffDirectory;
import org.hpms.shared.persistence.IdSequences;

/**
 * Lab orders: a doctor orders catalogue tests from an encounter (each test or panel one order with
 * its own placer number, sent to the laboratory as an ORM^O01 on the LabOrders queue in the same
 * transaction that stores it), a nurse or lab technician records the specimen's collection, a doctor
 * cancels an order that has no results yet (ORC-1 CA).
 */
@Stateless
public class LabOrderService {

    private static final Pattern ACCESSION = Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]{2,63}");

    @PersistenceContext
    EntityManager em;

    @EJB
    ChartRecords records;

    @EJB
    AuditTrail auditTrail;

    @EJB
    StaffDirectory staff;

    @Inject
    JMSContext jms;

    @Resource(lookup = "java:/jms/queue/LabOrders")
    Queue labOrders;

    @Resource
    SessionContext session;

    /** The tests and panels that can be ordered, panels first. */
    @RolesAllowed({Roles.DOCTOR, Roles.NURSE, Roles.LAB_TECH, Roles.ADMIN})
    public List<LabTestView> catalogue() {
        return em.createNamedQuery(LabTest.ACTIVE, LabTest.class).getResultStream().map(LabTestView::of).toList();
    }

    @RolesAllowed(Roles.DOCTOR)
    public List<LabOrderView> place(String encounterId, LabOrderRequest request) {
        Encounter encounter = records.encounter(encounterId);
        Map<String, String> problems = new TreeMap<>(records.violations(request, "order"));
        if (problems.isEmpty() && !encounter.isOpen()) {
            problems.put("encounter", "This encounter has ended; order from an encounter in progress");
        }
        Set<String> codes = request == null ? Set.of() : new LinkedHashSet<>(request.getTestCodes());
        Map<String, LabTest> tests = codes.isEmpty() ? Map.of() : em.createNamedQuery(LabTest.BY_CODES, LabTest.class)
                .setParameter("codes", codes).getResultStream().filter(LabTest::isActive)
                .collect(Collectors.toMap(LabTest::getCode, t -> t));
        List<String> unknown = codes.stream().filter(code -> !tests.containsKey(code)).toList();
        if (problems.isEmpty() && !unknown.isEmpty()) {
            problems.put("testCodes", "Not in the catalogue (or withdrawn): " + String.join(", ", unknown));
        }
        records.refuseIfAny(problems, AuditAction.LAB_ORDER_PLACED, encounter.getPatient());
        String doctor = session.getCallerPrincipal().getName();
        Instant now = Instant.now();
        List<LabOrderView> placed = new ArrayList<>();
        for (String code : codes) {
            LabOrder order = new LabOrder(IdSequences.next(em, LabOrder.NUMBER_SEQUENCE), encounter, tests.get(code), doctor, request.getPriority(), request.getClinicalInfo(), now);
            em.persist(order);
            send(order, "NW", null, now);
            placed.add(LabOrderView.of(order));
            records.audited(AuditAction.LAB_ORDER_PLACED, encounter.getPatient(), order.getPlacerOrderNumber() + " " + code);
        }
        return placed;
    }

    @RolesAllowed(Roles.DOCTOR)
    public void cancel(String placerOrderNumber, String reason) {
        LabOrder order = order(placerOrderNumber);
        records.requireReason(reason, "reason", AuditAction.LAB_ORDER_CANCELLED, order.getPatient());
        if (!order.isAwaitingResults()) {
            records.refuseIfAny(Map.of("order", "Only an order without results can be cancelled"), AuditAction.LAB_ORDER_CANCELLED,
                    order.getPatient());
        }
        order.cancel(reason.strip());
        send(order, "CA", reason.strip(), Instant.now());
        records.audited(AuditAction.LAB_ORDER_CANCELLED, order.getPatient(), order.getPlacerOrderNumber());
    }

    /** The specimen was taken and labelled with this accession number (unique; scanned or typed). */
    @RolesAllowed({Roles.NURSE, Roles.LAB_TECH})
    public void collect(String placerOrderNumber, String accessionNumber) {
        LabOrder order = order(placerOrderNumber);
        String accession = accessionNumber == null ? "" : accessionNumber.strip();
        Map<String, String> problems = new TreeMap<>();
        if (!ACCESSION.matcher(accession).matches()) {
            problems.put("accessionNumber", "Accession number: 3 to 64 letters, digits or dashes");
        } else if (em.createQuery("SELECT COUNT(o) FROM LabOrder o WHERE o.accessionNumber = :a", Long.class)
                .setParameter("a", accession).getSingleResult() > 0) {
            problems.put("accessionNumber", "Accession number " + accession + " is already on another specimen");
        }
        if (order.getStatus() != LabOrderStatus.ORDERED) {
            problems.put("order", "This order is not awaiting collection (" + order.getStatus().getLabel() + ")");
        }
        if (!problems.isEmpty()) {
            auditTrail.record(AuditAction.LAB_SPECIMEN_COLLECTED, order.getPatient().getMrn().value(), AuditOutcome.REJECTED,
                    "invalid fields: " + String.join(",", problems.keySet()));
            throw new InvalidPatientDataException(problems);
        }
        order.collected(accession, Instant.now(), session.getCallerPrincipal().getName());
        auditTrail.record(AuditAction.LAB_SPECIMEN_COLLECTED, order.getPatient().getMrn().value(), AuditOutcome.SUCCESS,
                order.getPlacerOrderNumber() + " accession " + accession);
    }

    @RolesAllowed({Roles.DOCTOR, Roles.NURSE})
    public List<LabOrderView> ofEncounter(String encounterId) {
        Encounter encounter = records.encounter(encounterId);
        List<LabOrderView> orders = em.createQuery("SELECT o FROM LabOrder o JOIN FETCH o.test JOIN FETCH o.patient"
                        + " WHERE o.encounter = :encounter ORDER BY o.orderedAt DESC, o.id DESC", LabOrder.class)
                .setParameter("encounter", encounter).getResultStream().map(LabOrderView::of).toList();
        records.audited(AuditAction.LAB_RESULT_VIEWED, encounter.getPatient(), "orders of an encounter");
        return orders;
    }

    /** Orders whose specimen is still to be taken: stat first, then oldest first. */
    @RolesAllowed({Roles.NURSE, Roles.LAB_TECH})
    public List<LabOrderView> awaitingCollection(int max) {
        List<LabOrderView> orders = em.createQuery("SELECT o FROM LabOrder o JOIN FETCH o.test JOIN FETCH o.patient"
                        + " WHERE o.status = :status ORDER BY CASE WHEN o.priority = org.hpms.lab.domain.LabPriority.STAT THEN 0 ELSE 1 END,"
                        + " o.orderedAt, o.id", LabOrder.class)
                .setParameter("status", LabOrderStatus.ORDERED).setMaxResults(Math.max(1, Math.min(max, 500)))
                .getResultStream().map(LabOrderView::of).toList();
        auditTrail.record(AuditAction.LAB_RESULT_VIEWED, null, AuditOutcome.SUCCESS, "collection worklist, " + orders.size() + " orders");
        return orders;
    }

    /**
     * The order, locked (its own row only) and read after the lock: of two nurses collecting, or a
     * doctor cancelling, at the same moment, the second sees what the first did.
     */
    private LabOrder order(String placerOrderNumber) {
        Long id = em.createQuery("SELECT o.id FROM LabOrder o WHERE o.placerOrderNumber = :number", Long.class)
                .setParameter("number", placerOrderNumber == null ? "" : placerOrderNumber.strip())
                .getResultStream().findFirst()
                .orElseThrow(() -> new InvalidPatientDataException(Map.of("order", "No such lab order")));
        return em.find(LabOrder.class, id, LockModeType.PESSIMISTIC_WRITE);
    }



    private void send(LabOrder order, String orderControl, String reason, Instant at) {
        Patient patient = order.getPatient();
        LabTest test = order.getTest();
        String controlId = order.getPlacerOrderNumber() + "-" + orderControl;
        String text = new Hl7v2OrderWriter(HpmsConfiguration.hospitalZone()).write(new Hl7v2OrderWriter.Order(controlId, orderControl,
                order.getPlacerOrderNumber(), patient.getMrn().value(), patient.getFamilyName(), patient.getGivenName(),
                patient.getBirthDate(), patient.getSex(), test.getLoincCode(), test.getName(), test.getSpecimenType(),
                order.getPriority().getHl7Code(), order.getOrderedAt(), order.getOrderingDoctor(), staff.nameOf(order.getOrderingDoctor()),
                order.getClinicalInfo(), reason), at);
        jms.createProducer().setProperty("placerOrderNumber", order.getPlacerOrderNumber()).send(labOrders, text);
    }
}
