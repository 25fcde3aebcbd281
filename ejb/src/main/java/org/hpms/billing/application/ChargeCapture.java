package org.hpms.billing.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hpms.audit.application.AuditTrail;
import org.hpms.audit.domain.AuditAction;
import org.hpms.audit.domain.AuditOutcome;
import org.hpms.billing.domain.Amounts;
import org.hpms.billing.domain.BillableService;
import org.hpms.billing.domain.Charge;
import org.hpms.billing.domain.ChargeSourceType;
import org.hpms.billing.domain.ChargeStatus;
import org.hpms.billing.domain.RenderedService;
import org.hpms.patient.application.PatientLookup;
import org.hpms.patient.domain.InvalidPatientDataException;
import org.hpms.patient.domain.Patient;
import org.hpms.security.Roles;
import org.hpms.shared.config.HpmsConfiguration;
import org.hpms.shared.persistence.Columns;
import org.hpms.shared.persistence.PerTransaction;

/**
 * The one entrance for charges. Services rendered are captured in the transaction that renders them
 * (an observer that fails rolls the source back, so a completed visit is never left uncharged); a
 * source already charged is not charged again. Billing staff enter charges and adjustments by hand,
 * always with a reason, and reverse a charge whose source was cancelled: an unbilled charge is
 * cancelled, a billed one is taken back by a credit note.
 */
@Stateless
public class ChargeCapture {

    static final int MIN_REASON = 5;

    @PersistenceContext
    EntityManager em;

    @EJB
    AuditTrail auditTrail;

    @EJB
    Invoicing invoicing;

    @Resource
    SessionContext session;

    @Resource
    TransactionSynchronizationRegistry transaction;

    /**
     * Captures a service rendered to the patient with this MRN; nothing if this source was charged
     * before. Unknown service codes are kept (the billing cycle reports them as unpriced), so a gap in
     * the price list never blocks the clinical work that rendered the service.
     */
    @RolesAllowed({Roles.DOCTOR, Roles.NURSE, Roles.RECEPTIONIST, Roles.LAB_TECH, Roles.LAB_SYSTEM, Roles.BILLING, Roles.ADMIN})
    public void capture(String mrn, RenderedService rendered) {
        // The kept record when the patient was merged: a completed visit of the voided record is still paid for.
        long patientId = PatientLookup.keptId(em, mrn);
        capture(patientId, rendered);
    }

    /** As {@link #capture(String, RenderedService)}, for sources that know the patient's record (lab orders). */
    @RolesAllowed({Roles.DOCTOR, Roles.NURSE, Roles.RECEPTIONIST, Roles.LAB_TECH, Roles.LAB_SYSTEM, Roles.BILLING, Roles.ADMIN})
    public void capture(long patientId, RenderedService rendered) {
        chargeThoseNotChargedBefore(List.of(new ForPatient(patientId, rendered)));
    }

    /** A service rendered to the patient with this record id. */
    public record ForPatient(long patientId, RenderedService rendered) {
    }

    /**
     * As {@link #capture(long, RenderedService)} for several services, asking in one query which of their
     * sources were charged before (a batch of lab results makes a hundred orders final).
     */
    @RolesAllowed({Roles.LAB_TECH, Roles.LAB_SYSTEM, Roles.ADMIN})
    public void captureAll(List<ForPatient> services) {
        chargeThoseNotChargedBefore(services);
    }

    /**
     * Charges each service whose source has no charge: none stored, none captured earlier in this
     * transaction (a batch of lab results writes its charges out at the end, so the query does not see those).
     */
    private void chargeThoseNotChargedBefore(List<ForPatient> services) {
        Set<ChargedSource> stored = storedAmong(services);
        Set<ChargedSource> chargedNow = PerTransaction.get(transaction, ChargedSource.class, HashSet::new);
        for (ForPatient service : services) {
            ChargedSource source = new ChargedSource(service.rendered().sourceType(), service.rendered().sourceRef());
            if (!stored.contains(source) && chargedNow.add(source)) {
                charge(service.patientId(), service.rendered());
            }
        }
    }

    private void charge(long patientId, RenderedService rendered) {
        Listed service = listed(rendered.serviceCode()).orElse(null);
        String description = rendered.description() != null ? rendered.description()
                : service != null ? service.name() : "Not on the price list: " + rendered.serviceCode();
        RenderedService described = new RenderedService(rendered.sourceType(), rendered.sourceRef(), rendered.serviceCode(), description,
                rendered.quantity(), rendered.fixedAmount(), rendered.department() == null && service != null ? service.department()
                : rendered.department(), rendered.doctor(), rendered.renderedAt(), rendered.reason());
        // A reference, not the record: capture runs inside lab ingestion and must not decrypt the patient.
        em.persist(new Charge(em.getReference(Patient.class, patientId), described));
    }

    /** A charge entered by hand: a price-list service the capture did not see (a procedure at the bedside). */
    @RolesAllowed({Roles.BILLING, Roles.ADMIN})
    public ChargeView enter(String mrn, String serviceCode, int quantity, Instant renderedAt, String reason) {
        Patient patient = PatientLookup.current(em, mrn);
        Map<String, String> problems = new TreeMap<>();
        BillableService service = service(serviceCode == null ? "" : serviceCode.strip()).orElse(null);
        if (service == null || !service.isActive()) {
            problems.put("serviceCode", "Choose a service from the price list");
        }
        if (quantity < 1 || quantity > 999) {
            problems.put("quantity", "Quantity: 1 to 999");
        }
        if (renderedAt != null && renderedAt.isAfter(Instant.now())) {
            problems.put("renderedAt", "A service cannot be rendered in the future");
        }
        reasonProblem(reason).ifPresent(p -> problems.put("reason", p));
        refuseIfAny(problems, AuditAction.CHARGE_ENTERED, mrn);
        Charge charge = new Charge(patient, new RenderedService(ChargeSourceType.MANUAL, UUID.randomUUID().toString(), service.getCode(),
                service.getName(), quantity, null, service.getDepartment(), null, renderedAt == null ? Instant.now() : renderedAt,
                reason.strip()));
        em.persist(charge);
        auditTrail.record(AuditAction.CHARGE_ENTERED, mrn, AuditOutcome.SUCCESS, "manual " + service.getCode() + " x" + quantity);
        return ChargeView.of(charge);
    }

    /** An amount added (positive) or taken off (negative) the patient's next invoice, with the reason. */
    @RolesAllowed({Roles.BILLING, Roles.ADMIN})
    public ChargeView adjust(String mrn, BigDecimal amount, String reason) {
        Patient patient = PatientLookup.current(em, mrn);
        Map<String, String> problems = new TreeMap<>();
        if (amount == null || amount.signum() == 0) {
            problems.put("amount", "Enter the amount to add, or a negative amount to take off");
        } else {
            Amounts.priceProblem(amount.abs(), HpmsConfiguration.currency()).ifPresent(p -> problems.put("amount", p));
        }
        reasonProblem(reason).ifPresent(p -> problems.put("reason", p));
        refuseIfAny(problems, AuditAction.CHARGE_ENTERED, mrn);
        Charge charge = new Charge(patient, new RenderedService(ChargeSourceType.ADJUSTMENT, UUID.randomUUID().toString(), "ADJUSTMENT",
                Columns.clip("Adjustment: " + reason.strip(), 200), 1, amount.setScale(HpmsConfiguration.currency().getDefaultFractionDigits()),
                null, null, Instant.now(), reason.strip()));
        em.persist(charge);
        auditTrail.record(AuditAction.CHARGE_ENTERED, mrn, AuditOutcome.SUCCESS, "adjustment " + amount.toPlainString());
        return ChargeView.of(charge);
    }

    /**
     * Its source was cancelled (or the charge was wrong): an unbilled charge is cancelled; a billed one is
     * taken back by a credit note on its invoice. Either way with the reason; a cancelled charge stays cancelled.
     */
    @RolesAllowed({Roles.BILLING, Roles.ADMIN})
    public ChargeView reverse(String chargeId, String reason) {
        Charge charge = em.createQuery("SELECT c FROM Charge c JOIN FETCH c.patient WHERE c.publicId = :id", Charge.class)
                .setParameter("id", chargeId == null ? "" : chargeId).getResultStream().findFirst()
                .orElseThrow(() -> new InvalidPatientDataException(Map.of("charge", "No such charge")));
        String mrn = charge.getPatient().getMrn().value();
        Map<String, String> problems = new TreeMap<>();
        reasonProblem(reason).ifPresent(p -> problems.put("reason", p));
        if (charge.getStatus() == ChargeStatus.CANCELLED) {
            problems.put("charge", "This charge was already reversed");
        }
        refuseIfAny(problems, AuditAction.CHARGE_REVERSED, mrn);
        reverseCharge(charge, reason.strip());
        return ChargeView.of(charge);
    }

    /**
     * Its source was cancelled where it was recorded: the charge of that source is reversed like {@link #reverse}.
     * Nothing for a source never charged or already reversed, so a repeated cancellation changes nothing.
     */
    @RolesAllowed({Roles.DOCTOR, Roles.NURSE, Roles.RECEPTIONIST, Roles.LAB_TECH, Roles.LAB_SYSTEM, Roles.BILLING, Roles.ADMIN})
    public void reverseSource(ChargeSourceType type, String sourceRef, String reason) {
        bySource(type, sourceRef).filter(c -> c.getStatus() != ChargeStatus.CANCELLED)
                .ifPresent(charge -> reverseCharge(charge, reason == null || reason.isBlank() ? "source cancelled" : reason.strip()));
    }

    private void reverseCharge(Charge charge, String reason) {
        String by = session.getCallerPrincipal().getName();
        if (charge.getStatus() == ChargeStatus.UNBILLED) {
            charge.cancel(by, reason, Instant.now());
        } else {
            invoicing.credit(charge, reason);
        }
        auditTrail.record(AuditAction.CHARGE_REVERSED, charge.getPatient().getMrn().value(), AuditOutcome.SUCCESS,
                charge.getSourceType() + " " + charge.getServiceCode());
    }

    /** The patient's charges not yet on an issued invoice, oldest first. */
    @RolesAllowed({Roles.BILLING, Roles.ADMIN})
    public List<ChargeView> unbilled(String mrn) {
        Patient patient = PatientLookup.existing(em, mrn);
        List<ChargeView> charges = em.createQuery("SELECT c FROM Charge c JOIN FETCH c.patient LEFT JOIN FETCH c.invoice WHERE c.patient = :patient"
                        + " AND (c.status = :unbilled OR c.invoice.status = org.hpms.billing.domain.InvoiceStatus.DRAFT)"
                        + " ORDER BY c.renderedAt, c.id", Charge.class)
                .setParameter("patient", patient).setParameter("unbilled", ChargeStatus.UNBILLED).getResultStream().map(ChargeView::of).toList();
        auditTrail.record(AuditAction.BILLING_VIEWED, mrn, AuditOutcome.SUCCESS, "unbilled charges");
        return charges;
    }

    /** The charge of this source, if it was charged: for the sources (and tests) to learn what billing made of their event. */
    @RolesAllowed({Roles.BILLING, Roles.ADMIN})
    public Optional<ChargeView> ofSource(ChargeSourceType type, String sourceRef) {
        return bySource(type, sourceRef).map(ChargeView::of);
    }

    /** What a charge takes from the price list: a service's name and department. */
    private record Listed(String name, String department) {
    }

    /** Looked up once per transaction: a batch of lab results charges the same few tests over and over. */
    private Optional<Listed> listed(String code) {
        Map<String, Optional<Listed>> seen = PerTransaction.get(transaction, Listed.class, HashMap::new);
        return seen.computeIfAbsent(code, c -> service(c).map(s -> new Listed(s.getName(), s.getDepartment())));
    }

    /** What a charge is for: its source type and reference (unique among charges). */
    private record ChargedSource(ChargeSourceType type, String ref) {
    }

    /** Which of these services' sources have a stored charge: one query per source type. */
    private Set<ChargedSource> storedAmong(List<ForPatient> services) {
        Set<ChargedSource> stored = new HashSet<>();
        services.stream().map(ForPatient::rendered).collect(Collectors.groupingBy(RenderedService::sourceType,
                        Collectors.mapping(RenderedService::sourceRef, Collectors.toSet())))
                .forEach((type, refs) -> em.createQuery("SELECT c.sourceRef FROM Charge c WHERE c.sourceType = :type AND c.sourceRef IN :refs",
                                String.class).setParameter("type", type).setParameter("refs", refs).getResultList()
                        .forEach(ref -> stored.add(new ChargedSource(type, ref))));
        return stored;
    }

    private Optional<BillableService> service(String code) {
        return em.createQuery("SELECT s FROM BillableService s WHERE s.code = :code", BillableService.class).setParameter("code", code)
                .getResultStream().findFirst();
    }

    private Optional<Charge> bySource(ChargeSourceType type, String ref) {
        return em.createNamedQuery(Charge.BY_SOURCE, Charge.class).setParameter("type", type).setParameter("ref", ref)
                .getResultStream().findFirst();
    }

    static Optional<String> reasonProblem(String reason) {
        return reason == null || reason.strip().length() < MIN_REASON
                ? Optional.of("Give a reason (at least " + MIN_REASON + " characters)") : Optional.empty();
    }

    private void refuseIfAny(Map<String, String> problems, AuditAction action, String mrn) {
        if (!problems.isEmpty()) {
            auditTrail.record(action, mrn, AuditOutcome.REJECTED, "invalid fields: " + String.join(",", problems.keySet()));
            throw new InvalidPatientDataException(problems);
        }
    }
}
