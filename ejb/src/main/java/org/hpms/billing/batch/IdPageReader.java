package org.hpms.billing.batch;

import jakarta.annotation.Resource;
import jakarta.batch.api.chunk.AbstractItemReader;
import java.io.Serializable;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Deque;
import javax.sql.DataSource;

/**
 * Reads the ids a query selects in id order, a page at a time after the last id read (the checkpoint), so
 * a restarted job goes on where its last chunk committed and rows that stop matching drop out by themselves.
 */
abstract class IdPageReader extends AbstractItemReader {

    private static final int PAGE = 200;

    @Resource(lookup = "java:jboss/datasources/HpmsDS")
    DataSource dataSource;

    private long lastId;
    private boolean exhausted;
    private final Deque<Long> buffer = new ArrayDeque<>();

    /** The next ids after {@code afterId}, in id order, at most {@code limit}: the single column of the statement's rows. */
    abstract PreparedStatement page(Connection connection, long afterId, int limit) throws SQLException;

    @Override
    public void open(Serializable checkpoint) throws Exception {
        lastId = checkpoint == null ? 0 : (Long) checkpoint;
        buffer.clear();
        exhausted = false;
    }

    @Override
    public Object readItem() throws SQLException {
        if (buffer.isEmpty() && !exhausted) {
            try (Connection connection = dataSource.getConnection();
                 PreparedStatement select = page(connection, lastId, PAGE);
                 ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    buffer.add(rows.getLong(1));
                }
            }
            exhausted = buffer.size() < PAGE;
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
