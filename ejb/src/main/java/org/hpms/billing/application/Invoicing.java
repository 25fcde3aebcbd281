package org.hpms.billing.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.hpms.audit.application.AuditTrail;
import org.hpms.audit.domain.AuditAction;
import org.hpms.audit.domain.AuditOutcome;
import org.hpms.billing.domain.AccountStatement;
import org.hpms.billing.domain.Charge;
import org.hpms.billing.domain.ChargeStatus;
import org.hpms.billing.domain.DocumentNumbers;
import org.hpms.billing.domain.GatewayKind;
import org.hpms.billing.domain.Invoice;
import org.hpms.billing.domain.InvoiceKind;
import org.hpms.billing.domain.InvoiceLine;
import org.hpms.billing.domain.InvoiceStatus;
import org.hpms.billing.domain.Payment;
import org.hpms.billing.domain.PaymentKind;
import org.hpms.billing.domain.PaymentStatus;
import org.hpms.billing.infrastructure.BillingPdf;
import org.hpms.patient.application.PatientLookup;
import org.hpms.patient.domain.InvalidPatientDataException;
import org.hpms.patient.domain.Patient;
import org.hpms.security.Roles;
import org.hpms.shared.config.HpmsConfiguration;

/**
 * Invoices: a draft over a patient's unbilled charges, issued under the next gapless number of the
 * year; voided with a reason (its charges are billed again later; the number stays used); credit notes
 * that take billed charges back. Billing staff only.
 */
@Stateless
@RolesAllowed({Roles.BILLING, Roles.ADMIN})
public class Invoicing {

    @PersistenceContext
    EntityManager em;

    @EJB
    AuditTrail auditTrail;

    @Resource
    SessionContext session;

    /** A draft over the patient's unbilled charges rendered up to {@code billedUntil} (now when null). */
    public DraftOutcome draft(String mrn, Instant billedUntil) {
        Patient patient = PatientLookup.current(em, mrn);
        Instant until = billedUntil == null ? Instant.now() : billedUntil;
        List<Charge> charges = em.createQuery("SELECT c FROM Charge c WHERE c.patient = :patient AND c.status = :unbilled"
                        + " AND c.renderedAt <= :until ORDER BY c.renderedAt, c.id", Charge.class)
                .setParameter("patient", patient).setParameter("unbilled", ChargeStatus.UNBILLED).setParameter("until", until).getResultList();
        InvoiceDrafting.Drafted drafted = InvoiceDrafting.draft(em, patient, charges, until);
        if (drafted.invoice() == null) {
            throw new InvalidPatientDataException(Map.of("charges", charges.isEmpty() ? "Nothing to bill: the patient has no unbilled charges"
                    : "Nothing could be priced: " + drafted.unpriced().get(0).reason()));
        }
        auditTrail.record(AuditAction.BILLING_VIEWED, mrn, AuditOutcome.SUCCESS, "draft invoice");
        return new DraftOutcome(InvoiceView.of(drafted.invoice()), drafted.unpriced());
    }

    /** Gives a draft the next number of the year and makes it payable. */
    public InvoiceView issue(String draftId) {
        Invoice invoice = em.createNamedQuery(Invoice.BY_PUBLIC_ID, Invoice.class).setParameter("id", draftId == null ? "" : draftId)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst()
                .orElseThrow(() -> new InvalidPatientDataException(Map.of("invoice", "No such invoice")));
        if (invoice.getStatus() != InvoiceStatus.DRAFT) {
            refuse(Map.of("invoice", "Invoice " + invoice.getNumber() + " is already " + invoice.getStatus().getLabel().toLowerCase()),
                    AuditAction.INVOICE_ISSUED, invoice);
        }
        Instant now = Instant.now();
        invoice.issue(DocumentNumbering.next(em, DocumentNumbers.INVOICE, now), caller(), now);
        auditTrail.record(AuditAction.INVOICE_ISSUED, invoice.getPatient().getMrn().value(), AuditOutcome.SUCCESS, invoice.getNumber());
        return InvoiceView.of(invoice);
    }

    /** Draft and issue in one step: what the cashier desk does for a patient at the counter. */
    public DraftOutcome billNow(String mrn) {
        DraftOutcome draft = draft(mrn, null);
        return new DraftOutcome(issue(draft.invoice().id()), draft.unpriced());
    }

    /** Throws a draft away; its charges wait for the next invoice. */
    public void discardDraft(String draftId) {
        Invoice draft = em.createNamedQuery(Invoice.BY_PUBLIC_ID, Invoice.class).setParameter("id", draftId == null ? "" : draftId)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().filter(i -> i.getStatus() == InvoiceStatus.DRAFT).findFirst()
                .orElseThrow(() -> new InvalidPatientDataException(Map.of("invoice", "No such draft")));
        draft.voidWith("draft discarded", caller(), Instant.now());
    }

    public InvoiceView voidInvoice(String number, String reason) {
        Invoice invoice = locked(number);
        Map<String, String> problems = new TreeMap<>();
        ChargeCapture.reasonProblem(reason).ifPresent(p -> problems.put("reason", p));
        if (invoice.getStatus() == InvoiceStatus.VOID) {
            problems.put("invoice", "Invoice " + number + " is already void");
        } else if (!invoice.canBeVoided()) {
            problems.put("invoice", invoice.getKind() == InvoiceKind.CREDIT_NOTE ? "A credit note cannot be voided"
                    : "Invoice " + number + " has payments or credit notes: refund the payments or issue a credit note instead");
        } else if (em.createQuery("SELECT COUNT(p) FROM Payment p WHERE p.invoice = :invoice AND p.status = :pending", Long.class)
                .setParameter("invoice", invoice).setParameter("pending", PaymentStatus.PENDING).getSingleResult() > 0) {
            problems.put("invoice", "Invoice " + number + " has a payment or claim awaiting its gateway's answer; void it once that is settled");
        }
        if (!problems.isEmpty()) {
            refuse(problems, AuditAction.INVOICE_VOIDED, invoice);
        }
        invoice.voidWith(reason.strip(), caller(), Instant.now());
        auditTrail.record(AuditAction.INVOICE_VOIDED, invoice.getPatient().getMrn().value(), AuditOutcome.SUCCESS, number);
        return InvoiceView.of(invoice);
    }

    /**
     * Takes a billed charge back (called by {@link ChargeCapture}, also when a source is cancelled in its
     * canceller's identity): on a draft the draft is voided and the charge cancelled; on an issued invoice a
     * credit note takes its line back.
     */
    @RolesAllowed({Roles.DOCTOR, Roles.NURSE, Roles.RECEPTIONIST, Roles.LAB_TECH, Roles.LAB_SYSTEM, Roles.BILLING, Roles.ADMIN})
    public void credit(Charge charge, String reason) {
        Invoice invoice = em.find(Invoice.class, charge.getInvoice().getId(), LockModeType.PESSIMISTIC_WRITE);
        Instant now = Instant.now();
        if (invoice.getStatus() == InvoiceStatus.DRAFT) {
            invoice.voidWith("charge reversed: " + reason, caller(), now);
            charge.cancel(caller(), reason, now);
            return;
        }
        InvoiceLine line = invoice.getLines().stream().filter(l -> charge.equals(l.getCharge())).findFirst().orElseThrow();
        Invoice note = invoice.creditNote(List.of(line), DocumentNumbering.next(em, DocumentNumbers.CREDIT_NOTE, now), caller(), now);
        em.persist(note);
        charge.credited(caller(), reason, now);
        auditTrail.record(AuditAction.CREDIT_NOTE_ISSUED, invoice.getPatient().getMrn().value(), AuditOutcome.SUCCESS,
                note.getNumber() + " on " + invoice.getNumber());
    }

    public InvoiceDetails details(String number) {
        Invoice invoice = em.createNamedQuery(Invoice.BY_NUMBER, Invoice.class).setParameter("number", number == null ? "" : number)
                .getResultStream().findFirst().orElseThrow(() -> new InvalidPatientDataException(Map.of("invoice", "No invoice " + number)));
        List<PaymentView> payments = em.createQuery("SELECT p FROM Payment p JOIN FETCH p.invoice WHERE p.invoice = :invoice"
                + " ORDER BY p.requestedAt, p.id", Payment.class).setParameter("invoice", invoice).getResultStream().map(PaymentView::of).toList();
        List<InvoiceView> notes = em.createQuery("SELECT i FROM Invoice i JOIN FETCH i.patient WHERE i.creditedInvoice = :invoice ORDER BY i.id",
                Invoice.class).setParameter("invoice", invoice).getResultStream().map(InvoiceView::of).toList();
        Patient patient = invoice.getPatient();
        auditTrail.record(AuditAction.BILLING_VIEWED, patient.getMrn().value(), AuditOutcome.SUCCESS, "invoice " + number);
        return new InvoiceDetails(InvoiceView.of(invoice), patient.getGivenName() + " " + patient.getFamilyName(),
                invoice.getLines().stream().map(InvoiceLineView::of).toList(), payments, notes);
    }

    /** The invoice (or credit note) as a PDF to print or hand over. */
    public byte[] pdf(String number) {
        return BillingPdf.invoice(details(number), Instant.now());
    }

    /** The patient's invoices and credit notes, newest first (drafts included, with no number). */
    public List<InvoiceView> ofPatient(String mrn) {
        Patient patient = PatientLookup.existing(em, mrn);
        List<InvoiceView> invoices = em.createQuery("SELECT i FROM Invoice i JOIN FETCH i.patient LEFT JOIN FETCH i.payer"
                        + " LEFT JOIN FETCH i.creditedInvoice WHERE i.patient = :patient ORDER BY i.id DESC", Invoice.class)
                .setParameter("patient", patient).getResultStream().map(InvoiceView::of).toList();
        auditTrail.record(AuditAction.BILLING_VIEWED, mrn, AuditOutcome.SUCCESS, "invoices");
        return invoices;
    }

    /** One page of the invoices and credit notes that match, newest first (the pager asks {@link #count}). Drafts are not listed. */
    public List<InvoiceView> search(InvoiceSearch search, int first, int max) {
        InvoiceSearch filter = search == null ? InvoiceSearch.everything() : search;
        Filter where = filter(filter);
        var page = em.createQuery("SELECT i FROM Invoice i JOIN FETCH i.patient LEFT JOIN FETCH i.payer LEFT JOIN FETCH i.creditedInvoice"
                + where.clause() + " ORDER BY i.id DESC", Invoice.class).setFirstResult(Math.max(first, 0)).setMaxResults(Math.min(Math.max(max, 1), 500));
        where.parameters().forEach(page::setParameter);
        List<InvoiceView> rows = page.getResultStream().map(InvoiceView::of).toList();
        auditTrail.record(AuditAction.BILLING_VIEWED, filter.mrn() == null || filter.mrn().isBlank() ? null : filter.mrn().strip(),
                AuditOutcome.SUCCESS, "invoice list: " + rows.size() + " shown");
        return rows;
    }

    /** How many invoices and credit notes match (for the list's pager; no patient data). */
    public long count(InvoiceSearch search) {
        Filter where = filter(search == null ? InvoiceSearch.everything() : search);
        var count = em.createQuery("SELECT COUNT(i) FROM Invoice i" + where.clause(), Long.class);
        where.parameters().forEach(count::setParameter);
        return count.getSingleResult();
    }

    private record Filter(String clause, Map<String, Object> parameters) {
    }

    private Filter filter(InvoiceSearch filter) {
        StringBuilder where = new StringBuilder(" WHERE i.number IS NOT NULL");
        Map<String, Object> parameters = new HashMap<>();
        if (filter.number() != null && !filter.number().isBlank()) {
            where.append(" AND i.number LIKE :number");
            parameters.put("number", filter.number().strip().toUpperCase(Locale.ROOT).replace("%", "") + "%");
        }
        if (filter.mrn() != null && !filter.mrn().isBlank()) {
            where.append(" AND i.patient = :patient");
            parameters.put("patient", PatientLookup.existing(em, filter.mrn().strip()));
        }
        if (filter.status() != null) {
            where.append(" AND i.status = :status");
            parameters.put("status", filter.status());
        }
        if (filter.kind() != null) {
            where.append(" AND i.kind = :kind");
            parameters.put("kind", filter.kind());
        }
        if (filter.payerCode() != null && !filter.payerCode().isBlank()) {
            where.append(" AND i.payer.code = :payer");
            parameters.put("payer", filter.payerCode().strip());
        }
        ZoneId zone = HpmsConfiguration.hospitalZone();
        if (filter.issuedFrom() != null) {
            where.append(" AND i.issuedAt >= :from");
            parameters.put("from", filter.issuedFrom().atStartOfDay(zone).toInstant());
        }
        if (filter.issuedTo() != null) {
            where.append(" AND i.issuedAt < :to");
            parameters.put("to", filter.issuedTo().plusDays(1).atStartOfDay(zone).toInstant());
        }
        return new Filter(where.toString(), parameters);
    }

    /** The patient's statement of account: invoices, credit notes, voids, payments and refunds with the running balance. */
    public StatementView statement(String mrn) {
        Patient patient = PatientLookup.existing(em, mrn);
        List<AccountStatement.Movement> movements = new ArrayList<>();
        BigDecimal none = BigDecimal.ZERO.setScale(HpmsConfiguration.currency().getDefaultFractionDigits());
        for (Invoice i : em.createQuery("SELECT i FROM Invoice i LEFT JOIN FETCH i.creditedInvoice WHERE i.patient = :patient"
                + " AND i.number IS NOT NULL", Invoice.class).setParameter("patient", patient).getResultList()) {
            if (i.getKind() == InvoiceKind.CREDIT_NOTE) {
                movements.add(new AccountStatement.Movement(i.getIssuedAt(), i.getNumber(), "Credit note on " + i.getCreditedInvoice().getNumber(),
                        none, i.getPatientShare()));
                continue;
            }
            movements.add(new AccountStatement.Movement(i.getIssuedAt(), i.getNumber(), "Invoice", i.getPatientShare(), none));
            if (i.getStatus() == InvoiceStatus.VOID) {
                movements.add(new AccountStatement.Movement(i.getVoidedAt(), i.getNumber(), "Voided: " + i.getVoidReason(), none, i.getPatientShare()));
            }
        }
        for (Payment p : em.createQuery("SELECT p FROM Payment p JOIN FETCH p.invoice WHERE p.invoice.patient = :patient AND p.status = :ok"
                        + " AND p.gateway <> :insurance", Payment.class).setParameter("patient", patient).setParameter("ok", PaymentStatus.SUCCEEDED)
                .setParameter("insurance", GatewayKind.INSURANCE).getResultList()) {
            boolean refund = p.getKind() == PaymentKind.REFUND;
            movements.add(new AccountStatement.Movement(p.getSettledAt(), p.getReceiptNumber(), (refund ? "Refund, " : "Payment, ")
                    + p.getGateway().getLabel().toLowerCase(Locale.ROOT) + ", on " + p.getInvoice().getNumber(),
                    refund ? p.getAmount() : none, refund ? none : p.getAmount()));
        }
        auditTrail.record(AuditAction.BILLING_VIEWED, patient.getMrn().value(), AuditOutcome.SUCCESS, "statement of account");
        return new StatementView(patient.getMrn().value(), patient.getGivenName() + " " + patient.getFamilyName(),
                HpmsConfiguration.currency().getCurrencyCode(), Instant.now(), AccountStatement.of(movements, none.scale()));
    }

    /** The statement of account as a PDF. */
    public byte[] statementPdf(String mrn) {
        return BillingPdf.statement(statement(mrn));
    }

    private Invoice locked(String number) {
        return em.createNamedQuery(Invoice.BY_NUMBER, Invoice.class).setParameter("number", number == null ? "" : number)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst()
                .orElseThrow(() -> new InvalidPatientDataException(Map.of("invoice", "No invoice " + number)));
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }

    private void refuse(Map<String, String> problems, AuditAction action, Invoice invoice) {
        auditTrail.record(action, invoice.getPatient().getMrn().value(), AuditOutcome.REJECTED, "invalid fields: " + String.join(",", problems.keySet()));
        throw new InvalidPatientDataException(problems);
    }
}
