package org.hpms.billing.application;

import java.math.BigDecimal;
import java.time.Instant;
import org.hpms.billing.domain.Invoice;
import org.hpms.billing.domain.InvoiceKind;
import org.hpms.billing.domain.InvoiceStatus;

/**
 * An invoice or credit note as billing staff and the REST API see it, named by its number (a draft,
 * which has none yet, by its id). {@code outstanding} is what the patient still owes, {@code insurerOutstanding}
 * what the insurer does (its share less credit notes and what it paid on claims).
 */
public record InvoiceView(String id, String number, InvoiceKind kind, String mrn, InvoiceStatus status, String currency, BigDecimal gross,
                          BigDecimal discount, BigDecimal tax, BigDecimal total, BigDecimal patientShare, BigDecimal insurerShare,
                          BigDecimal paid, BigDecimal credited, BigDecimal outstanding, String discountScheme, String payer,
                          String creditedInvoiceNumber, Instant billedUntil, Instant issuedAt, String issuedBy, String voidReason,
                          BigDecimal insurerPaid, BigDecimal insurerOutstanding) {

    static InvoiceView of(Invoice i) {
        return new InvoiceView(i.getPublicId(), i.getNumber(), i.getKind(), i.getPatient().getMrn().value(), i.getStatus(), i.getCurrency(),
                i.getGrossTotal(), i.getDiscountTotal(), i.getTaxTotal(), i.getTotal(), i.getPatientShare(), i.getInsurerShare(),
                i.getPaidAmount(), i.getCreditedAmount(), i.getKind() == InvoiceKind.INVOICE ? i.outstanding() : BigDecimal.ZERO.setScale(2),
                i.getDiscountScheme(), i.getPayer() == null ? null : i.getPayer().getName(),
                i.getCreditedInvoice() == null ? null : i.getCreditedInvoice().getNumber(), i.getBilledUntil(), i.getIssuedAt(),
                i.getIssuedBy(), i.getVoidReason(), i.getInsurerPaidAmount(),
                i.getKind() == InvoiceKind.INVOICE && i.getStatus() != InvoiceStatus.VOID ? i.insurerOutstanding() : BigDecimal.ZERO.setScale(2));
    }
}
