package org.hpms.billing.batch;

import jakarta.annotation.Resource;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * Reads unbilled charges rendered up to the cut-off in patient order, a page of rows per query in the order
 * of the (status, patient, rendered) index (any other order would sort the whole remaining range per page), and hands them out one patient account at a time. The checkpoint is the last
 * patient handed out: a restarted run goes on after it (and charges billed before the crash are no
 * longer unbilled, so none is read twice).
 */
@Named
@Dependent
public class BillableAccountReader extends AbstractItemReader {

    static final int PAGE_ROWS = 5_000;

    private static final String CHARGES = "SELECT id, patient_id, service_code, quantity, fixed_amount, rendered_at, description, department, doctor"
            + " FROM billing_charge WHERE status = 'UNBILLED' AND rendered_at <= ? AND patient_id > ? AND patient_id <= ?"
            + " ORDER BY patient_id, rendered_at, id LIMIT ?";
    private static final String ONE_PATIENT = "SELECT id, patient_id, service_code, quantity, fixed_amount, rendered_at, description, department,"
            + " doctor FROM billing_charge WHERE status = 'UNBILLED' AND rendered_at <= ? AND patient_id = ? ORDER BY rendered_at, id";

    @Resource(lookup = "java:jboss/datasources/HpmsDS")
    DataSource dataSource;

    @Inject
    @BatchProperty
    String cutoff;

    /** This partition's patients: ids in (afterPatient, upToPatient]; all patients when unset. */
    @Inject
    @BatchProperty
    String afterPatient;

    @Inject
    @BatchProperty
    String upToPatient;

    private long upTo;

    private Timestamp until;
    private long lastPatientRead;
    private long lastPatientHandedOut;
    private boolean exhausted;
    private final Deque<BillableAccount> buffer = new ArrayDeque<>();

    @Override
    public void open(Serializable checkpoint) {
        until = Timestamp.from(Instant.parse(cutoff));
        long after = afterPatient == null || afterPatient.isBlank() ? 0 : Long.parseLong(afterPatient);
        upTo = upToPatient == null || upToPatient.isBlank() ? Long.MAX_VALUE : Long.parseLong(upToPatient);
        lastPatientHandedOut = checkpoint == null ? after : (Long) checkpoint;
        lastPatientRead = lastPatientHandedOut;
        buffer.clear(); // reopened at the last checkpoint after a rolled-back chunk: read again from there
        exhausted = false;
    }

    @Override
    public Object readItem() throws SQLException {
        if (buffer.isEmpty() && !exhausted) {
            fill();
        }
        BillableAccount next = buffer.poll();
        if (next != null) {
            lastPatientHandedOut = next.patientId();
        }
        return next;
    }

    @Override
    public Serializable checkpointInfo() {
        return lastPatientHandedOut;
    }

    private void fill() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            List<ChargeRow> rows = query(connection, CHARGES, lastPatientRead, upTo, PAGE_ROWS);
            if (rows.size() < PAGE_ROWS) {
                exhausted = true;
            } else {
                // The page may end inside the last patient's charges: leave that patient for the next page,
                // or read them whole when they alone fill the page.
                long last = rows.get(rows.size() - 1).patientId();
                List<ChargeRow> complete = rows.stream().filter(r -> r.patientId() != last).toList();
                rows = complete.isEmpty() ? query(connection, ONE_PATIENT, last, 0, 0) : complete;
            }
            if (rows.isEmpty()) {
                return;
            }
            Map<Long, List<ChargeRow>> byPatient = rows.stream().collect(Collectors.groupingBy(ChargeRow::patientId, LinkedHashMap::new,
                    Collectors.toList()));
            Map<Long, Object[]> terms = terms(connection, byPatient.keySet());
            byPatient.forEach((patient, charges) -> {
                Object[] t = terms.getOrDefault(patient, new Object[3]);
                buffer.add(new BillableAccount(patient, charges, (String) t[0], t[1] == null ? BigDecimal.ZERO : (BigDecimal) t[1], (Long) t[2]));
            });
            lastPatientRead = rows.get(rows.size() - 1).patientId();
        }
    }

    private List<ChargeRow> query(Connection connection, String sql, long patient, long upToPatient, int limit) throws SQLException {
        List<ChargeRow> rows = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setTimestamp(1, until);
            statement.setLong(2, patient);
            if (limit > 0) {
                statement.setLong(3, upToPatient);
                statement.setInt(4, limit);
            }
            try (ResultSet r = statement.executeQuery()) {
                while (r.next()) {
                    rows.add(new ChargeRow(r.getLong(1), r.getLong(2), r.getString(3), r.getInt(4), r.getBigDecimal(5),
                            r.getTimestamp(6).toInstant(), r.getString(7), r.getString(8), r.getString(9)));
                }
            }
        }
        return rows;
    }

    /** Each patient's approved, active discount scheme (code, percent) and insurer, for the patients of a page. */
    private Map<Long, Object[]> terms(Connection connection, java.util.Set<Long> patients) throws SQLException {
        Map<Long, Object[]> terms = new HashMap<>();
        String ids = patients.stream().map(String::valueOf).collect(Collectors.joining(","));
        try (PreparedStatement statement = connection.prepareStatement("SELECT p.patient_id, d.code, d.percent, p.payer_id"
                + " FROM billing_patient_plan p LEFT JOIN billing_discount_scheme d ON d.id = p.discount_scheme_id AND d.active"
                + " AND p.discount_approved_at IS NOT NULL WHERE p.patient_id IN (" + ids + ")");
             ResultSet r = statement.executeQuery()) {
            while (r.next()) {
                long payer = r.getLong(4);
                Long payerId = r.wasNull() ? null : payer;
                terms.put(r.getLong(1), new Object[] {r.getString(2), r.getBigDecimal(3), payerId});
            }
        }
        return terms;
    }
}
