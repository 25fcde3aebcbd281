package org.hpms.lab.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.hpms.audit.application.AuditTrail;
import org.hpms.audit.domain.AuditAction;
import org.hpms.audit.domain.AuditOutcome;
import org.hpms.lab.domain.Interpretation;
import org.hpms.lab.domain.LabMessage;
import org.hpms.lab.domain.LabObservation;
import org.hpms.lab.domain.LabObservationEntry;
import org.hpms.lab.domain.LabOrder;
import org.hpms.lab.domain.LabOrderResult;
import org.hpms.lab.domain.LabOrderResulted;
import org.hpms.lab.domain.LabOrdersResulted;
import org.hpms.lab.domain.LabPatient;
import org.hpms.lab.domain.LabReferenceRange;
import org.hpms.lab.domain.LabReport;
import org.hpms.lab.domain.LabResultMessage;
import org.hpms.lab.domain.LabTestLimits;
import org.hpms.patient.application.PatientLookup;
import org.hpms.patient.domain.MedicalRecordNumber;
import org.hpms.patient.domain.Patient;
import org.hpms.patient.domain.PatientSearchKeys;
import org.hpms.patient.domain.Sex;
import org.hpms.security.Roles;
import org.hpms.shared.config.HpmsConfiguration;
import org.hpms.shared.crypto.ApplicationKeys;
import org.hpms.shared.crypto.SearchNormalizer;
import org.hpms.shared.persistence.PerTransaction;

/**
 * Decides whose a result is (the patient by MRN, else by a strict demographic match; each reported
 * test's order by its placer or filler number; never a guess) and files it: one report per test with
 * its observations interpreted against the catalogue, an earlier report of the same test superseded,
 * the order moved on, billing told when it first turns final, a critical value audited as an alert.
 * Runs in the caller's transaction, for the ingestion and for a lab technician's link alike.
 */
@Stateless
@RolesAllowed({Roles.LAB_SYSTEM, Roles.LAB_TECH, Roles.ADMIN})
public class LabResultFiling {

    /** Key of the orders looked up by placer number in this transaction, found or not (see {@link #lookUpOrdersNamedBy}). */
    private static final Object ORDERS_BY_PLACER_NUMBER = new Object();

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<LabOrdersResulted> ordersResulted;

    @Resource
    TransactionSynchronizationRegistry transaction;

    /** Whose a result is: the patient and the order of each reported test; or, for an unmatched one, only why not. */
    public record Match(Patient patient, List<LabOrder> orders, String problem) {

        static Match unmatched(String problem) {
            return new Match(null, List.of(), problem);
        }

        public boolean complete() {
            return problem == null;
        }
    }

    public Match match(LabResultMessage result) {
        // The orders first: the patient of an order usually is the one PID-3 names, and comes with it.
        List<Optional<LabOrder>> named = result.orders().stream().map(this::orderNamedBy).toList();
        Optional<Patient> byMrn = withMrn(result.patient().mrn(), named).map(p -> p.getMergedInto() != null ? p.getMergedInto() : p);
        Patient patient;
        if (byMrn.isPresent()) {
            patient = byMrn.get();
            LocalDate sentBirthDate = result.patient().birthDate();
            if (sentBirthDate != null && !sentBirthDate.equals(patient.getBirthDate())) {
                return Match.unmatched("PID-3 names one of our patients, but PID-7 gives another birth date");
            }
        } else {
            Optional<Patient> byDemographics = strictDemographicMatch(result.patient());
            if (byDemographics.isEmpty()) {
                return Match.unmatched("No patient of this hospital has the medical record number in PID-3,"
                        + " and no single patient has exactly the name, birth date and sex in PID-5, PID-7 and PID-8");
            }
            patient = byDemographics.get();
        }
        List<LabOrder> orders = new ArrayList<>();
        for (int i = 0; i < result.orders().size(); i++) {
            Optional<LabOrder> order = named.get(i);
            String problem = order.isEmpty() ? noOrderReason(result.orders().get(i)) : order.get().problemFor(patient);
            if (problem != null) {
                return Match.unmatched(problem);
            }
            orders.add(order.get());
        }
        return new Match(patient, orders, null);
    }

    /** The record with this MRN, merged or not: the patient of a named order when it has this MRN (no query), else looked up. */
    private Optional<Patient> withMrn(String mrn, List<Optional<LabOrder>> named) {
        if (mrn == null || !MedicalRecordNumber.isValid(mrn)) {
            return Optional.empty();
        }
        MedicalRecordNumber sent = MedicalRecordNumber.parse(mrn);
        return named.stream().flatMap(Optional::stream).map(LabOrder::getPatient).filter(p -> sent.equals(p.getMrn())).findFirst()
                .or(() -> PatientLookup.withMrn(em, mrn));
    }

    /**
     * Looks up in one query the orders these results name by placer number, for the rest of the
     * transaction: {@link #match} then takes them from here instead of asking once per result.
     */
    public void lookUpOrdersNamedBy(Collection<LabResultMessage> results) {
        lookUp(results.stream().flatMap(r -> r.orders().stream()).map(LabOrderResult::placerOrderNumber)
                .filter(number -> number != null && !number.isBlank()).collect(Collectors.toSet()));
    }

    /** Asks for the orders with these placer numbers that this transaction has not asked for yet, and remembers the answer, found or not. */
    private Map<String, Optional<LabOrder>> lookUp(Set<String> numbers) {
        Map<String, Optional<LabOrder>> known = PerTransaction.get(transaction, ORDERS_BY_PLACER_NUMBER, HashMap::new);
        Set<String> unknown = numbers.stream().filter(number -> !known.containsKey(number)).collect(Collectors.toSet());
        if (!unknown.isEmpty()) {
            unknown.forEach(number -> known.put(number, Optional.empty()));
            em.createNamedQuery(LabOrder.BY_PLACER_NUMBERS, LabOrder.class).setParameter("numbers", unknown).getResultList()
                    .forEach(order -> known.put(order.getPlacerOrderNumber(), Optional.of(order)));
        }
        return known;
    }

    /** The order with this placer number, else with this filler number (what a lab technician may type). */
    public Optional<LabOrder> orderWithNumber(String number) {
        return byPlacerNumber(number).or(() -> byFillerNumber(number));
    }

    /** The order a reported test names by our placer number (OBR-2), else by the lab's filler number (OBR-3). */
    public Optional<LabOrder> orderNamedBy(LabOrderResult reported) {
        return byPlacerNumber(reported.placerOrderNumber()).or(() -> byFillerNumber(reported.fillerOrderNumber()));
    }

    /** Asked once per transaction (the batch's lookup usually did): a placer number is ours from the start and never changes. */
    private Optional<LabOrder> byPlacerNumber(String number) {
        return number == null || number.isBlank() ? Optional.empty() : lookUp(Set.of(number)).get(number);
    }

    /**
     * Writes out pending changes first (flush mode AUTO even inside a batch, see
     * {@link LabResultIngestion#ingestAll}): an earlier result of the same batch may have given the order this number.
     */
    private Optional<LabOrder> byFillerNumber(String number) {
        if (number == null || number.isBlank()) {
            return Optional.empty();
        }
        return em.createNamedQuery(LabOrder.BY_FILLER_NUMBER, LabOrder.class).setParameter("number", number)
                .setFlushMode(FlushModeType.AUTO).getResultStream().findFirst();
    }

    private static String noOrderReason(LabOrderResult reported) {
        if (reported.placerOrderNumber() == null && reported.fillerOrderNumber() == null) {
            return "The result for " + describe(reported) + " names no order (OBR-2 and OBR-3 are empty)";
        }
        return "No order of ours has the number " + Objects.requireNonNullElse(reported.placerOrderNumber(), reported.fillerOrderNumber())
                + " (result for " + describe(reported) + ")";
    }

    private static String describe(LabOrderResult reported) {
        return reported.test().text() != null ? reported.test().text() : Objects.requireNonNullElse(reported.test().code(), "a test");
    }

    /**
     * The one current record whose family and given names (compared word by word, without case and
     * accents), birth date and sex all equal the message's. Any of them missing, or two candidates: none.
     */
    Optional<Patient> strictDemographicMatch(LabPatient sent) {
        Sex sex = sexOf(sent.sex());
        List<String> family = SearchNormalizer.nameWords(sent.familyName());
        List<String> given = SearchNormalizer.nameWords(sent.givenName());
        if (sent.birthDate() == null || sex == null || family.isEmpty() || given.isEmpty()) {
            return Optional.empty();
        }
        PatientSearchKeys keys = new PatientSearchKeys(ApplicationKeys.blindIndex());
        StringBuilder jpql = new StringBuilder("SELECT p FROM Patient p WHERE p.birthDateIndex = :birthDate AND p.mergedInto IS NULL");
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("birthDate", keys.birthDate(sent.birthDate()));
        int i = 0;
        for (Long token : keys.nameQuery(sent.familyName() + " " + sent.givenName())) {
            jpql.append(" AND :name").append(i).append(" MEMBER OF p.nameTokens");
            parameters.put("name" + i++, token);
        }
        TypedQuery<Patient> query = em.createQuery(jpql.toString(), Patient.class).setMaxResults(20);
        parameters.forEach(query::setParameter);
        List<Patient> exact = query.getResultStream()
                .filter(p -> p.getSex() == sex && sent.birthDate().equals(p.getBirthDate())
                        && SearchNormalizer.nameWords(p.getFamilyName()).equals(family)
                        && SearchNormalizer.nameWords(p.getGivenName()).equals(given))
                .limit(2).toList();
        return exact.size() == 1 ? Optional.of(exact.get(0)) : Optional.empty();
    }

    /** HL7 table 0001; A (ambiguous), N and U name no sex a strict match could rely on. */
    private static Sex sexOf(String code) {
        return switch (code == null ? "" : code.strip().toUpperCase()) {
            case "M" -> Sex.MALE;
            case "F" -> Sex.FEMALE;
            case "O" -> Sex.OTHER;
            default -> null;
        };
    }

    /**
     * What filing a message did: the observations stored, the critical-result alerts the caller audits
     * with its own record, and the orders that turned final, which the caller {@link #announce announces}.
     */
    public record Filed(int observations, List<AuditTrail.Entry> alerts, List<LabOrderResulted> resulted) {
    }

    /** Tells billing (and whoever listens) that these orders turned final: one event for a whole batch. */
    public void announce(List<LabOrderResulted> resulted) {
        if (!resulted.isEmpty()) {
            ordersResulted.fire(new LabOrdersResulted(resulted));
        }
    }

    /**
     * Files every reported test of the message on the patient's record. {@code orders} pairs each
     * reported test with its order, or null for an unsolicited one, which {@code unsolicitedReviewer}
     * reviews.
     */
    public Filed file(LabMessage message, LabResultMessage result, Patient patient, List<LabOrder> orders, String unsolicitedReviewer) {
        Instant now = Instant.now();
        Map<String, LabTestLimits> catalogue = LabCatalogueCache.limitsByCode(em, transaction);
        int stored = 0;
        List<AuditTrail.Entry> alerts = new ArrayList<>();
        List<LabOrderResulted> resulted = new ArrayList<>();
        for (int i = 0; i < result.orders().size(); i++) {
            LabOrderResult reported = result.orders().get(i);
            LabOrder order = orders.get(i);
            String reviewer = order != null ? order.getOrderingDoctor() : Objects.requireNonNull(unsolicitedReviewer, "reviewer");
            LabReport report = new LabReport(message, order, patient, reviewer, reported, now);
            List<Interpretation> interpretations = new ArrayList<>();
            for (LabObservation observation : reported.observations()) {
                LabTestLimits limits = catalogue.get(observation.observation().code());
                Optional<LabReferenceRange> range = limits == null ? Optional.empty()
                        : limits.rangeFor(observation.units(), patient.getSex(), patient.getBirthDate(), dayOf(observation, reported, now));
                Interpretation interpretation = Interpretation.of(observation, range);
                report.include(interpretation); // before it is stored: one INSERT, no UPDATE for the flags
                interpretations.add(interpretation);
            }
            em.persist(report);
            for (int o = 0; o < reported.observations().size(); o++) {
                em.persist(new LabObservationEntry(report, reported, reported.observations().get(o), interpretations.get(o)));
                stored++;
            }
            // An order still awaiting results has no report to supersede (saves a query per result).
            if (order == null || !order.isAwaitingResults()) {
                earlierReportsOf(report).forEach(earlier -> earlier.supersededBy(report));
            }
            if (order != null && order.resulted(reported.fillerOrderNumber(), report.getResultStatus(), now)) {
                resulted.add(new LabOrderResulted(order.getId(), order.getPlacerOrderNumber(), patient.getId(),
                        order.getTest().getCode(), order.getTest().getPriceCode(), now));
            }
            if (report.isCritical()) {
                alerts.add(new AuditTrail.Entry(AuditAction.LAB_CRITICAL_RESULT, patient.getMrn().value(), AuditOutcome.SUCCESS,
                        "report " + report.getId() + " for " + reviewer));
            }
        }
        return new Filed(stored, alerts, resulted);
    }

    private static LocalDate dayOf(LabObservation observation, LabOrderResult reported, Instant received) {
        Instant at = observation.observedAt() != null ? observation.observedAt()
                : reported.observedAt() != null ? reported.observedAt() : received;
        return LocalDate.ofInstant(at, HpmsConfiguration.hospitalZone());
    }

    /**
     * The current reports this one replaces: of the same order and test, or (unsolicited) of the same lab
     * number and test. Written out first (flush mode AUTO even inside a batch): the report replaced may
     * have come earlier in the same batch.
     */
    private Collection<LabReport> earlierReportsOf(LabReport report) {
        if (report.getOrder() != null) {
            return em.createQuery("SELECT r FROM LabReport r WHERE r.order = :order AND r.testCode = :test AND r.supersededBy IS NULL"
                            + " AND r <> :report", LabReport.class)
                    .setParameter("order", report.getOrder()).setParameter("test", report.getTestCode()).setParameter("report", report)
                    .setFlushMode(FlushModeType.AUTO).getResultList();
        }
        if (report.getFillerOrderNumber() == null) {
            return List.of();
        }
        return em.createQuery("SELECT r FROM LabReport r WHERE r.order IS NULL AND r.patient = :patient AND r.fillerOrderNumber = :filler"
                        + " AND r.testCode = :test AND r.supersededBy IS NULL AND r <> :report", LabReport.class)
                .setParameter("patient", report.getPatient()).setParameter("filler", report.getFillerOrderNumber())
                .setParameter("test", report.getTestCode()).setParameter("report", report)
                .setFlushMode(FlushModeType.AUTO).getResultList();
    }
}
