package org.hpms.billing.application;

import java.math.BigDecimal;
import java.time.Instant;
import org.hpms.billing.domain.InvoiceLine;
import org.hpms.billing.domain.ServiceCategory;

public record InvoiceLineView(int position, String serviceCode, String description, ServiceCategory category, String department,
                              String doctor, Instant renderedAt, int quantity, BigDecimal unitPrice, BigDecimal gross, BigDecimal discount,
                              BigDecimal tax, BigDecimal amount, BigDecimal patientShare, BigDecimal insurerShare) {

    static InvoiceLineView of(InvoiceLine l) {
        return new InvoiceLineView(l.getPosition(), l.getServiceCode(), l.getDescription(), l.getCategory(), l.getDepartment(), l.getDoctor(),
                l.getRenderedAt(), l.getQuantity(), l.getUnitPrice(), l.getGross(), l.getDiscount(), l.getTax(), l.getAmount(),
                l.getPatientShare(), l.getInsurerShare());
    }
}
