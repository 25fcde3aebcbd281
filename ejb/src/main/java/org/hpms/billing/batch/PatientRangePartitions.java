package org.hpms.billing.batch;

import jakarta.annotation.Resource;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.partition.PartitionMapper;
import jakarta.batch.api.partition.PartitionPlan;
import jakarta.batch.api.partition.PartitionPlanImpl;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Properties;
import javax.sql.DataSource;

/**
 * Splits the billing cycle into partitions of patient ranges of equal width (the patients with unbilled
 * charges up to the cut-off), so that on a machine with more cores one partition reads and prices while
 * another writes (job parameter "partitions", default 2). A restarted
 * execution keeps the ranges of the first (the batch runtime reuses the plan) and redoes only the
 * partitions that did not complete, each from its own checkpoint.
 */
@Named
@Dependent
public class PatientRangePartitions implements PartitionMapper {

    @Resource(lookup = "java:jboss/datasources/HpmsDS")
    DataSource dataSource;

    @Inject
    @BatchProperty
    String cutoff;

    @Inject
    @BatchProperty
    String partitions;

    @Override
    public PartitionPlan mapPartitions() throws Exception {
        int count = partitions == null || partitions.isBlank() ? 2 : Math.max(1, Integer.parseInt(partitions));
        long low = 0;
        long high = 0;
        try (Connection connection = dataSource.getConnection();
             PreparedStatement range = connection.prepareStatement("SELECT MIN(patient_id), MAX(patient_id) FROM billing_charge"
                     + " WHERE status = 'UNBILLED' AND rendered_at <= ?")) {
            range.setTimestamp(1, Timestamp.from(Instant.parse(cutoff)));
            try (ResultSet row = range.executeQuery()) {
                if (row.next() && row.getObject(1) != null) {
                    low = row.getLong(1);
                    high = row.getLong(2);
                }
            }
        }
        long width = Math.max(1, (high - low + count) / count);
        Properties[] plans = new Properties[count];
        for (int i = 0; i < count; i++) {
            plans[i] = new Properties();
            // Ranges (after, upTo]: the first starts below the lowest patient, the last ends at the highest.
            plans[i].setProperty("afterPatient", String.valueOf(i == 0 ? low - 1 : low - 1 + i * width));
            plans[i].setProperty("upToPatient", String.valueOf(i == count - 1 ? Long.MAX_VALUE : low - 1 + (i + 1) * width));
        }
        PartitionPlanImpl plan = new PartitionPlanImpl();
        plan.setPartitions(count);
        plan.setThreads(count);
        plan.setPartitionProperties(plans);
        return plan;
    }
}
