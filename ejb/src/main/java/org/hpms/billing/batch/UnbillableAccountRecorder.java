package org.hpms.billing.batch;

import jakarta.annotation.Resource;
import jakarta.batch.api.chunk.listener.SkipProcessListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;
import org.hpms.shared.persistence.Columns;

/**
 * Records, in the chunk's transaction, every charge of an account the cycle skipped, with the reason
 * (billing_cycle_exception): billing staff fix the price list and the next run bills them.
 */
@Named
@Dependent
public class UnbillableAccountRecorder implements SkipProcessListener {

    @Resource(lookup = "java:jboss/datasources/HpmsDS")
    DataSource dataSource;

    @Inject
    JobContext job;

    @Override
    public void onSkipProcessItem(Object item, Exception cause) throws SQLException {
        BillableAccount account = (BillableAccount) item;
        try (Connection connection = dataSource.getConnection()) {
            record(connection, job.getExecutionId(), account.charges().stream()
                    .map(c -> new PricedAccount.Unpriced(c, cause.getMessage())).toList(), Timestamp.from(Instant.now()));
        }
    }

    static void record(Connection connection, long execution, List<PricedAccount.Unpriced> charges, Timestamp at) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO billing_cycle_exception (job_execution_id, charge_id, patient_id,"
                + " service_code, reason, recorded_at) VALUES (?, ?, ?, ?, ?, ?)")) {
            for (PricedAccount.Unpriced unpriced : charges) {
                insert.setLong(1, execution);
                insert.setLong(2, unpriced.charge().id());
                insert.setLong(3, unpriced.charge().patientId());
                insert.setString(4, unpriced.charge().serviceCode());
                insert.setString(5, Columns.clip(unpriced.reason(), 500));
                insert.setTimestamp(6, at);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }
}
