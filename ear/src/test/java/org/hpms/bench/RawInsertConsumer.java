package org.hpms.bench;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.jms.TextMessage;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * The ingestion benchmark's baseline: the same broker, the same kind of consumer (an MDB, as many
 * sessions, one XA transaction with the same datasource) that only inserts the raw text in one table.
 */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = "java:/jms/queue/LabBaselineBench"),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
        @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "8")})
@PermitAll
public class RawInsertConsumer implements MessageListener {

    @Resource(lookup = "java:jboss/datasources/HpmsDS")
    DataSource dataSource;

    @Override
    public void onMessage(Message message) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement(
                     "INSERT INTO bench_raw_message (control_id, sent_at_ms, body, inserted_at) VALUES (?, ?, ?, NOW(6))")) {
            insert.setString(1, message.getStringProperty("benchControlId"));
            insert.setLong(2, message.getLongProperty("benchSentAtMillis"));
            insert.setString(3, ((TextMessage) message).getText());
            insert.executeUpdate();
        } catch (JMSException | SQLException e) {
            throw new IllegalStateException("baseline insert failed", e);
        }
    }
}
