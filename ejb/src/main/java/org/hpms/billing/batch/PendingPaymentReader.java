package org.hpms.billing.batch;

import jakarta.annotation.Resource;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import javax.sql.DataSource;

/** Payments and refunds still pending that were asked for before the run's start minus a grace period, in id order (checkpoint: the last id). */
@Named
@Dependent
public class PendingPaymentReader extends AbstractItemReader {

    @Resource(lookup = "java:jboss/datasources/HpmsDS")
    DataSource dataSource;

    @Inject
    @BatchProperty
    String olderThanSeconds;

    private Timestamp before;
    private long lastId;
    private boolean exhausted;
    private final Deque<Long> buffer = new ArrayDeque<>();

    @Override
    public void open(Serializable checkpoint) {
        before = Timestamp.from(Instant.now().minusSeconds(olderThanSeconds == null || olderThanSeconds.isBlank() ? 60 : Long.parseLong(olderThanSeconds)));
        lastId = checkpoint == null ? 0 : (Long) checkpoint;
        buffer.clear();
        exhausted = false;
    }

    @Override
    public Object readItem() throws SQLException {
        if (buffer.isEmpty() && !exhausted) {
            try (Connection connection = dataSource.getConnection();
                 PreparedStatement select = connection.prepareStatement("SELECT id FROM billing_payment WHERE status = 'PENDING'"
                         + " AND requested_at < ? AND id > ? ORDER BY id LIMIT 200")) {
                select.setTimestamp(1, before);
                select.setLong(2, lastId);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        buffer.add(rows.getLong(1));
                    }
                }
            }
            exhausted = buffer.size() < 200;
        }
        Long next = buffer.poll();
        if (next != null) {
            lastId = next;
        }
        return next;
    }

    @Override
    public Serializable checkpointInfo() {
        return lastId;
    }
}
