package org.hpms.billing.batch;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.hpms.billing.application.InsuranceClaims;

/** Issued invoices with an insurer's share still owed and no claim sent yet, in id order. */
@Named
@Dependent
public class ClaimableInvoiceReader extends IdPageReader {

    @Override
    PreparedStatement page(Connection connection, long afterId, int limit) throws SQLException {
        PreparedStatement select = connection.prepareStatement("SELECT i.id FROM billing_invoice i WHERE i.id > ? AND "
                + InsuranceClaims.UNCLAIMED + " ORDER BY i.id LIMIT ?");
        select.setLong(1, afterId);
        select.setInt(2, limit);
        return select;
    }
}
