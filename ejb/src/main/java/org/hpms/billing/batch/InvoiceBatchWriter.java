package org.hpms.billing.batch;

import jakarta.annotation.Resource;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.sql.BatchUpdateException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLTransactionRollbackException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.hpms.audit.application.AuditTrail;
import org.hpms.audit.domain.AuditAction;
import org.hpms.audit.domain.AuditOutcome;
import org.hpms.billing.domain.CalculatedLine;
import org.hpms.billing.domain.Calculation;
import org.hpms.billing.domain.DocumentNumbers;
import org.hpms.billing.domain.InvoiceKind;
import org.hpms.billing.domain.InvoiceStatus;
import org.hpms.shared.config.HpmsConfiguration;

/**
 * Writes a chunk of priced accounts as issued invoices in the chunk's transaction, in bulk (batched JDBC:
 * a million lines do not pass through the persistence context): invoices, lines, the charges marked
 * billed by one statement that only takes charges still unbilled, and last the invoice numbers, reserved
 * in one step from the year's gapless series. If any was billed meanwhile by someone else, the counts differ and the
 * whole chunk rolls back (and is retried), so no charge is ever on two invoices.
 */
@Named
@Dependent
public class InvoiceBatchWriter extends AbstractItemWriter {

    static final String ISSUER = "billing-cycle";

    @Resource(lookup = "java:jboss/datasources/HpmsDS")
    DataSource dataSource;

    @Inject
    JobContext job;

    @EJB
    AuditTrail auditTrail;

    @Override
    public void writeItems(List<Object> items) throws SQLException {
        try {
            write(items);
        } catch (BatchUpdateException e) {
            // A deadlock inside a batch arrives wrapped; unwrapped, the job's retry takes it (the chunk rolled back).
            if (e.getCause() instanceof SQLTransactionRollbackException rollback) {
                throw rollback;
            }
            throw e;
        }
    }

    private void write(List<Object> items) throws SQLException {
        List<PricedAccount> accounts = items.stream().map(PricedAccount.class::cast).toList();
        Instant now = Instant.now();
        Timestamp at = Timestamp.from(now);
        Timestamp billedUntil = Timestamp.from(Instant.parse(job.getProperties().getProperty("cutoff", now.toString())));
        int year = now.atZone(HpmsConfiguration.hospitalZone()).getYear();
        try (Connection connection = dataSource.getConnection()) {
            Map<String, PricedAccount> byPublicId = new LinkedHashMap<>();
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO billing_invoice (public_id, number, kind, patient_id, status,"
                    + " currency, gross_total, discount_total, tax_total, total, patient_share, insurer_share, paid_amount, credited_amount,"
                    + " discount_scheme, payer_id, billed_until, issued_at, issued_by, created_at, created_by, updated_at, updated_by, version)"
                    + " VALUES (?, NULL, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)")) {
                for (PricedAccount account : accounts) {
                    String publicId = UUID.randomUUID().toString();
                    byPublicId.put(publicId, account);
                    Calculation c = account.calculation();
                    int i = 1;
                    insert.setString(i++, publicId);
                    insert.setString(i++, InvoiceKind.INVOICE.name());
                    insert.setLong(i++, account.account().patientId());
                    insert.setString(i++, (c.patientShare().signum() == 0 ? InvoiceStatus.PAID : InvoiceStatus.ISSUED).name());
                    insert.setString(i++, HpmsConfiguration.currency().getCurrencyCode());
                    insert.setBigDecimal(i++, c.gross());
                    insert.setBigDecimal(i++, c.discount());
                    insert.setBigDecimal(i++, c.tax());
                    insert.setBigDecimal(i++, c.total());
                    insert.setBigDecimal(i++, c.patientShare());
                    insert.setBigDecimal(i++, c.insurerShare());
                    insert.setString(i++, account.discountScheme());
                    if (account.payerId() == null) {
                        insert.setNull(i++, Types.BIGINT);
                    } else {
                        insert.setLong(i++, account.payerId());
                    }
                    insert.setTimestamp(i++, billedUntil);
                    insert.setTimestamp(i++, at);
                    insert.setString(i++, ISSUER);
                    insert.setTimestamp(i++, at);
                    insert.setString(i++, ISSUER);
                    insert.setTimestamp(i++, at);
                    insert.setString(i, ISSUER);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            Map<String, Long> ids = invoiceIds(connection, byPublicId.keySet());
            int lines = 0;
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO billing_invoice_line (invoice_id, position, charge_id,"
                    + " service_code, description, category, department, doctor, rendered_at, quantity, unit_price, gross, discount, tax, amount,"
                    + " patient_share, insurer_share) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (Map.Entry<String, PricedAccount> entry : byPublicId.entrySet()) {
                    long invoiceId = ids.get(entry.getKey());
                    List<ChargeRow> billed = entry.getValue().billed();
                    List<CalculatedLine> calculated = entry.getValue().calculation().lines();
                    for (int position = 0; position < billed.size(); position++) {
                        ChargeRow charge = billed.get(position);
                        CalculatedLine line = calculated.get(position);
                        int i = 1;
                        insert.setLong(i++, invoiceId);
                        insert.setInt(i++, position + 1);
                        insert.setLong(i++, charge.id());
                        insert.setString(i++, charge.serviceCode());
                        insert.setString(i++, charge.description());
                        insert.setString(i++, line.item().category().name());
                        insert.setString(i++, charge.department());
                        insert.setString(i++, charge.doctor());
                        insert.setTimestamp(i++, Timestamp.from(charge.renderedAt()));
                        insert.setInt(i++, line.item().quantity());
                        insert.setBigDecimal(i++, line.item().unitPrice());
                        insert.setBigDecimal(i++, line.gross());
                        insert.setBigDecimal(i++, line.discount());
                        insert.setBigDecimal(i++, line.tax());
                        insert.setBigDecimal(i++, line.amount());
                        insert.setBigDecimal(i++, line.patientShare());
                        insert.setBigDecimal(i, line.insurerShare());
                        insert.addBatch();
                        lines++;
                    }
                }
                insert.executeBatch();
            }
            markBilled(connection, byPublicId, ids, lines, at);
            recordUnpriced(connection, accounts, at);
            // Numbers last: the year's counter row stays locked until the chunk commits, and other writers wait for it.
            long firstSerial = reserveSerials(connection, DocumentNumbers.sequence(DocumentNumbers.INVOICE, year), accounts.size());
            // One statement: the chunk's invoices numbered in id order from the reserved serials (as DocumentNumbers.format writes them).
            // By primary key only: the rank comes from the sorted id list, not from reading the table again (a self-join read
            // the other partition's new rows through an index and deadlocked with it).
            String sorted = ids.values().stream().sorted().map(String::valueOf).collect(Collectors.joining(","));
            try (PreparedStatement number = connection.prepareStatement("UPDATE billing_invoice SET number = CONCAT(?, '-', ?, '-',"
                    + " LPAD(? + FIND_IN_SET(id, ?) - 1, GREATEST(6, LENGTH(? + FIND_IN_SET(id, ?) - 1)), '0')) WHERE id IN (" + sorted + ")")) {
                number.setString(1, DocumentNumbers.INVOICE);
                number.setInt(2, year);
                number.setLong(3, firstSerial);
                number.setString(4, sorted);
                number.setLong(5, firstSerial);
                number.setString(6, sorted);
                number.executeUpdate();
            }
            auditTrail.record(AuditAction.INVOICE_ISSUED, null, AuditOutcome.SUCCESS, "billing cycle " + job.getExecutionId() + ": "
                    + DocumentNumbers.format(DocumentNumbers.INVOICE, year, firstSerial) + " to "
                    + DocumentNumbers.format(DocumentNumbers.INVOICE, year, firstSerial + accounts.size() - 1));
        }
    }

    /**
     * Reserves {@code count} consecutive serials of the series in this transaction (gapless: a rollback
     * gives them back). The row is created only when missing (see IdSequences.nextFromOne: no shared-lock upgrade).
     */
    private static long reserveSerials(Connection connection, String series, int count) throws SQLException {
        if (advance(connection, series, count) == 0) {
            try (PreparedStatement create = connection.prepareStatement("INSERT IGNORE INTO id_sequence (name, next_value) VALUES (?, 1)")) {
                create.setString(1, series);
                create.executeUpdate();
            }
            advance(connection, series, count);
        }
        try (PreparedStatement last = connection.prepareStatement("SELECT LAST_INSERT_ID()"); ResultSet r = last.executeQuery()) {
            r.next();
            return r.getLong(1) - count;
        }
    }

    private static int advance(Connection connection, String series, int count) throws SQLException {
        try (PreparedStatement reserve = connection.prepareStatement(
                "UPDATE id_sequence SET next_value = LAST_INSERT_ID(next_value + ?) WHERE name = ?")) {
            reserve.setInt(1, count);
            reserve.setString(2, series);
            return reserve.executeUpdate();
        }
    }

    private static Map<String, Long> invoiceIds(Connection connection, Set<String> publicIds) throws SQLException {
        Map<String, Long> ids = new HashMap<>();
        String placeholders = publicIds.stream().map(id -> "?").collect(Collectors.joining(","));
        try (PreparedStatement select = connection.prepareStatement("SELECT public_id, id FROM billing_invoice WHERE public_id IN (" + placeholders + ")")) {
            int i = 1;
            for (String id : publicIds) {
                select.setString(i++, id);
            }
            try (ResultSet r = select.executeQuery()) {
                while (r.next()) {
                    ids.put(r.getString(1), r.getLong(2));
                }
            }
        }
        return ids;
    }

    /**
     * Marks each invoice's charges billed by primary key (one statement per invoice, sent as one batch), and
     * only charges still unbilled: it must take exactly the charges just put on lines, or the chunk rolls back.
     * Primary-key equality locks only these rows; the earlier single UPDATE joined from the lines took
     * next-key locks on the line index, which a second partition's inserts then deadlocked on.
     */
    private static void markBilled(Connection connection, Map<String, PricedAccount> byPublicId, Map<String, Long> ids, int lines,
                                   Timestamp at) throws SQLException {
        try (PreparedStatement when = connection.prepareStatement("SET @hpms_billed_at = ?")) {
            when.setTimestamp(1, at);
            when.execute();
        }
        int marked = 0;
        try (Statement batch = connection.createStatement()) {
            for (Map.Entry<String, PricedAccount> entry : byPublicId.entrySet()) {
                List<ChargeRow> billed = entry.getValue().billed();
                if (!billed.isEmpty()) {
                    // Only numbers go into the text: the invoice id and the charge ids.
                    batch.addBatch("UPDATE billing_charge SET status = 'BILLED', invoice_id = " + ids.get(entry.getKey())
                            + ", updated_at = @hpms_billed_at, updated_by = '" + ISSUER + "', version = version + 1 WHERE status = 'UNBILLED' AND id IN ("
                            + billed.stream().map(c -> String.valueOf(c.id())).collect(Collectors.joining(",")) + ")");
                }
            }
            for (int count : batch.executeBatch()) {
                marked += count;
            }
        }
        if (marked != lines) {
            throw new ChargesBilledMeanwhileException(lines - marked);
        }
    }

    private void recordUnpriced(Connection connection, List<PricedAccount> accounts, Timestamp at) throws SQLException {
        List<PricedAccount.Unpriced> unpriced = new ArrayList<>();
        accounts.forEach(a -> unpriced.addAll(a.unpriced()));
        if (!unpriced.isEmpty()) {
            UnbillableAccountRecorder.record(connection, job.getExecutionId(), unpriced, at);
        }
    }
}
