package org.hpms.billing.application;

import java.math.BigDecimal;
import java.time.Instant;
import org.hpms.billing.domain.Charge;
import org.hpms.billing.domain.ChargeSourceType;
import org.hpms.billing.domain.ChargeStatus;

/** A charge as billing staff see it; {@code invoiceNumber} is null until an issued invoice bills it. */
public record ChargeView(String id, String mrn, ChargeSourceType sourceType, String sourceRef, String serviceCode, String description,
                         int quantity, BigDecimal fixedAmount, String department, String doctor, Instant renderedAt, ChargeStatus status,
                         String invoiceNumber, String reason, String cancelReason) {

    static ChargeView of(Charge c) {
        return new ChargeView(c.getPublicId(), c.getPatient().getMrn().value(), c.getSourceType(), c.getSourceRef(), c.getServiceCode(),
                c.getDescription(), c.getQuantity(), c.getFixedAmount(), c.getDepartment(), c.getDoctor(), c.getRenderedAt(), c.getStatus(),
                c.getInvoice() == null ? null : c.getInvoice().getNumber(), c.getReason(), c.getCancelReason());
    }
}
