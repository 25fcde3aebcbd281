package org.hpms.lab.domain;

import java.util.List;

/**
 * CDI event: these orders received their first final result (each once, ever: {@link LabOrder#resulted}),
 * the moment billing charges them. Fired inside the transaction that stored the results, once for a
 * batch of lab messages, so that billing can look at all of them in one query.
 */
public record LabOrdersResulted(List<LabOrderResulted> orders) {

    public LabOrdersResulted {
        orders = List.copyOf(orders);
    }
}
