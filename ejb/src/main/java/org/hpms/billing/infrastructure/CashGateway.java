package org.hpms.billing.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import org.hpms.billing.domain.GatewayKind;
import org.hpms.billing.domain.PaymentGateway;

/**
 * Cash at the counter: the cashier has the notes in hand, so the payment succeeds at once and is
 * counted into the cashier's open session (the payment service refuses cash without one).
 */
@ApplicationScoped
public class CashGateway implements PaymentGateway {

    @Override
    public GatewayKind kind() {
        return GatewayKind.CASH;
    }

    @Override
    public GatewayOutcome collect(GatewayRequest request) {
        return GatewayOutcome.succeeded("CASH-" + request.paymentId());
    }

    @Override
    public GatewayOutcome refund(GatewayRequest request, String originalReference) {
        return GatewayOutcome.succeeded("CASH-REFUND-" + request.paymentId());
    }
}
