package org.hpms.billing.batch;

import jakarta.batch.api.BatchProperty;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;

/** Payments, refunds and claims still pending that were asked for before the run's start minus a grace period, in id order. */
@Named
@Dependent
public class PendingPaymentReader extends IdPageReader {

    @Inject
    @BatchProperty
    String olderThanSeconds;

    private Timestamp before;

    @Override
    public void open(Serializable checkpoint) throws Exception {
        before = Timestamp.from(Instant.now().minusSeconds(olderThanSeconds == null || olderThanSeconds.isBlank() ? 60 : Long.parseLong(olderThanSeconds)));
        super.open(checkpoint);
    }

    @Override
    PreparedStatement page(Connection connection, long afterId, int limit) throws SQLException {
        PreparedStatement select = connection.prepareStatement("SELECT id FROM billing_payment WHERE status = 'PENDING'"
                + " AND requested_at < ? AND id > ? ORDER BY id LIMIT ?");
        select.setTimestamp(1, before);
        select.setLong(2, afterId);
        select.setInt(3, limit);
        return select;
    }
}
