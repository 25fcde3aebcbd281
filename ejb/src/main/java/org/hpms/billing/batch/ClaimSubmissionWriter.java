package org.hpms.billing.batch;

import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import java.util.List;
import org.hpms.billing.application.InsuranceClaims;

/** Sends the first claim of each invoice of the chunk (one call each into the claims service, which locks the invoice). */
@Named
@Dependent
public class ClaimSubmissionWriter extends AbstractItemWriter {

    @EJB
    InsuranceClaims claims;

    @Override
    public void writeItems(List<Object> items) {
        for (Object id : items) {
            claims.submitFirst((Long) id);
        }
    }
}
