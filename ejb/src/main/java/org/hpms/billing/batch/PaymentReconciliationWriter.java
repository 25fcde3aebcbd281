package org.hpms.billing.batch;

import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import java.util.List;
import org.hpms.billing.application.PaymentReconciler;

/** Asks the gateway about each pending payment of the chunk and records the answer (one call each into the reconciler). */
@Named
@Dependent
public class PaymentReconciliationWriter extends AbstractItemWriter {

    @EJB
    PaymentReconciler reconciler;

    @Override
    public void writeItems(List<Object> items) {
        for (Object id : items) {
            reconciler.reconcile((Long) id);
        }
    }
}
