package org.hpms.billing.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.hpms.audit.application.AuditTrail;
import org.hpms.audit.domain.AuditAction;
import org.hpms.audit.domain.AuditOutcome;
import org.hpms.patient.domain.InvalidPatientDataException;
import org.hpms.security.Roles;
import org.hpms.shared.config.HpmsConfiguration;

/**
 * The billing office's reports, in the hospital's currency and time zone: the day's cash closing per
 * cashier session and per channel, revenue by department and by doctor over a period (invoiced less
 * credited), accounts receivable by age, and what each insurer owes. Money reports: billing staff and
 * administrators only.
 */
@Stateless
@RolesAllowed({Roles.BILLING, Roles.ADMIN})
public class BillingReports {

    /** One cashier session of the day. */
    public record CashSession(String cashier, Instant openedAt, Instant closedAt, BigDecimal openingBalance, BigDecimal cashIn,
                              BigDecimal expectedCash, BigDecimal countedCash, BigDecimal overShort) {
    }

    /** Money in (payments less refunds) through one channel on the day. */
    public record ChannelTotal(String gateway, long payments, BigDecimal received, BigDecimal refunded, BigDecimal net) {
    }

    public record CashClosing(LocalDate day, List<CashSession> sessions, List<ChannelTotal> channels) {
    }

    /** Revenue of one department or doctor: invoiced less credited, and how much of it insurers owe. */
    public record Revenue(String name, long lines, BigDecimal amount, BigDecimal insurerShare) {
    }

    /** Patient balances of open invoices by age since issue. */
    public record AgingBucket(String bucket, long invoices, BigDecimal outstanding) {
    }

    /** What an insurer owes on its issued invoices (less credit notes and what it paid on claims). */
    public record InsurerBalance(String payer, long invoices, BigDecimal owed) {
    }

    @PersistenceContext
    EntityManager em;

    @EJB
    AuditTrail auditTrail;

    public CashClosing cashClosing(LocalDate day) {
        if (day == null) {
            throw new InvalidPatientDataException(Map.of("day", "Choose a day"));
        }
        Timestamp from = start(day);
        Timestamp until = start(day.plusDays(1));
        List<Object[]> sessions = em.createNativeQuery("SELECT s.cashier, s.opened_at, s.closed_at, s.opening_balance,"
                + " COALESCE(SUM(CASE WHEN p.kind = 'PAYMENT' THEN p.amount ELSE -p.amount END), 0), s.expected_cash, s.counted_cash"
                + " FROM billing_cashier_session s LEFT JOIN billing_payment p ON p.cashier_session_id = s.id AND p.status = 'SUCCEEDED'"
                + " WHERE s.opened_at < ?2 AND (s.closed_at IS NULL OR s.closed_at >= ?1)"
                + " GROUP BY s.id, s.cashier, s.opened_at, s.closed_at, s.opening_balance, s.expected_cash, s.counted_cash ORDER BY s.opened_at")
                .setParameter(1, from).setParameter(2, until).getResultList();
        List<Object[]> channels = em.createNativeQuery("SELECT gateway, SUM(kind = 'PAYMENT'),"
                + " COALESCE(SUM(CASE WHEN kind = 'PAYMENT' THEN amount END), 0), COALESCE(SUM(CASE WHEN kind = 'REFUND' THEN amount END), 0)"
                + " FROM billing_payment WHERE status = 'SUCCEEDED' AND settled_at >= ?1 AND settled_at < ?2 GROUP BY gateway ORDER BY gateway")
                .setParameter(1, from).setParameter(2, until).getResultList();
        auditTrail.record(AuditAction.BILLING_VIEWED, null, AuditOutcome.SUCCESS, "cash closing " + day);
        return new CashClosing(day, sessions.stream().map(r -> {
            BigDecimal expected = (BigDecimal) r[5];
            BigDecimal counted = (BigDecimal) r[6];
            return new CashSession((String) r[0], instant(r[1]), instant(r[2]), (BigDecimal) r[3], (BigDecimal) r[4], expected, counted,
                    expected == null || counted == null ? null : counted.subtract(expected));
        }).toList(), channels.stream().map(r -> new ChannelTotal((String) r[0], ((Number) r[1]).longValue(), (BigDecimal) r[2], (BigDecimal) r[3],
                ((BigDecimal) r[2]).subtract((BigDecimal) r[3]))).toList());
    }

    /** Revenue by department ({@code byDoctor} false) or by doctor, of lines rendered in [from, until] (days, hospital zone). */
    public List<Revenue> revenue(LocalDate from, LocalDate until, boolean byDoctor) {
        if (from == null || until == null || until.isBefore(from)) {
            throw new InvalidPatientDataException(Map.of("until", "Choose a period: from a day to the same or a later day"));
        }
        String group = byDoctor ? "COALESCE(l.doctor, '(no doctor)')" : "COALESCE(l.department, '(no department)')";
        List<Object[]> rows = em.createNativeQuery("SELECT " + group + " AS name, COUNT(*),"
                + " SUM(CASE WHEN i.kind = 'CREDIT_NOTE' THEN -l.amount ELSE l.amount END),"
                + " SUM(CASE WHEN i.kind = 'CREDIT_NOTE' THEN -l.insurer_share ELSE l.insurer_share END)"
                + " FROM billing_invoice_line l JOIN billing_invoice i ON i.id = l.invoice_id"
                + " WHERE i.status NOT IN ('DRAFT', 'VOID') AND l.rendered_at >= ?1 AND l.rendered_at < ?2"
                + " AND l.category <> 'ADJUSTMENT' GROUP BY name ORDER BY 3 DESC")
                .setParameter(1, start(from)).setParameter(2, start(until.plusDays(1))).getResultList();
        auditTrail.record(AuditAction.BILLING_VIEWED, null, AuditOutcome.SUCCESS, "revenue by " + (byDoctor ? "doctor " : "department ")
                + from + " to " + until);
        return rows.stream().map(r -> new Revenue((String) r[0], ((Number) r[1]).longValue(), (BigDecimal) r[2], (BigDecimal) r[3])).toList();
    }

    /** Open invoices' patient balances by days since issue: 0-30, 31-60, 61-90, over 90. */
    public List<AgingBucket> receivablesAging(LocalDate asOf) {
        LocalDate day = asOf == null ? LocalDate.now(HpmsConfiguration.hospitalZone()) : asOf;
        List<Object[]> rows = em.createNativeQuery("SELECT bucket, COUNT(*), SUM(outstanding) FROM (SELECT"
                + " CASE WHEN DATEDIFF(?1, issued_at) <= 30 THEN '0-30 days' WHEN DATEDIFF(?1, issued_at) <= 60 THEN '31-60 days'"
                + " WHEN DATEDIFF(?1, issued_at) <= 90 THEN '61-90 days' ELSE 'over 90 days' END AS bucket,"
                + " patient_share - credited_amount - paid_amount AS outstanding FROM billing_invoice"
                + " WHERE kind = 'INVOICE' AND status IN ('ISSUED', 'PARTIALLY_PAID') AND issued_at < ?2) open_invoices"
                + " GROUP BY bucket ORDER BY MIN(CASE bucket WHEN '0-30 days' THEN 1 WHEN '31-60 days' THEN 2 WHEN '61-90 days' THEN 3 ELSE 4 END)")
                .setParameter(1, java.sql.Date.valueOf(day)).setParameter(2, start(day.plusDays(1))).getResultList();
        auditTrail.record(AuditAction.BILLING_VIEWED, null, AuditOutcome.SUCCESS, "receivables aging " + day);
        return rows.stream().map(r -> new AgingBucket((String) r[0], ((Number) r[1]).longValue(), (BigDecimal) r[2])).toList();
    }

    /** What each insurer owes: its share of issued invoices, less what credit notes took back and what it paid on claims. */
    public List<InsurerBalance> insurerOutstanding() {
        List<Object[]> rows = em.createNativeQuery("SELECT p.name, COUNT(*),"
                + " SUM(i.insurer_share - i.insurer_credited_amount - i.insurer_paid_amount)"
                + " FROM billing_invoice i JOIN billing_payer p ON p.id = i.payer_id WHERE i.kind = 'INVOICE' AND i.status NOT IN ('DRAFT', 'VOID')"
                + " GROUP BY p.name ORDER BY 3 DESC").getResultList();
        auditTrail.record(AuditAction.BILLING_VIEWED, null, AuditOutcome.SUCCESS, "insurer outstanding");
        return rows.stream().map(r -> new InsurerBalance((String) r[0], ((Number) r[1]).longValue(), (BigDecimal) r[2])).toList();
    }

    private static Timestamp start(LocalDate day) {
        ZoneId zone = HpmsConfiguration.hospitalZone();
        return Timestamp.from(day.atStartOfDay(zone).toInstant());
    }

    private static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof Timestamp t ? t.toInstant() : ((LocalDateTime) value).toInstant(ZoneOffset.UTC);
    }
}
