package org.hpms.billing.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

class InvoiceTest {

    private static final Instant NOW = Instant.parse("2026-11-26T09:00:00Z");

    @Test
    void numbersAreTheYearsGaplessSerialsWithTheirPrefix() {
        assertEquals("INV-2026-000042", DocumentNumbers.format(DocumentNumbers.INVOICE, 2026, 42));
        assertEquals("CN-2027-1234567", DocumentNumbers.format(DocumentNumbers.CREDIT_NOTE, 2027, 1_234_567));
        assertEquals("RCT-2026", DocumentNumbers.sequence(DocumentNumbers.RECEIPT, 2026));
        assertThrows(IllegalArgumentException.class, () -> DocumentNumbers.format("INV", 2026, 0));
    }

    @Test
    void anIssuedInvoiceIsPartlyPaidThenPaidAndItsChargesAreBilled() {
        Charge consultation = charge(ServiceCategory.CONSULTATION);
        Invoice invoice = invoiceOf(List.of(consultation), "1000.00");
        assertEquals(ChargeStatus.BILLED, consultation.getStatus());
        assertEquals(InvoiceStatus.DRAFT, invoice.getStatus());
        assertNull(invoice.getNumber());
        invoice.issue("INV-2026-000001", "billing", NOW);
        assertEquals(InvoiceStatus.ISSUED, invoice.getStatus());
        invoice.paid(new BigDecimal("400.00"));
        assertEquals(InvoiceStatus.PARTIALLY_PAID, invoice.getStatus());
        assertEquals(new BigDecimal("600.00"), invoice.outstanding());
        invoice.paid(new BigDecimal("600.00"));
        assertEquals(InvoiceStatus.PAID, invoice.getStatus());
        invoice.refunded(new BigDecimal("100.00"));
        assertEquals(InvoiceStatus.PARTIALLY_PAID, invoice.getStatus());
        assertFalse(invoice.canBeVoided(), "money was taken on it");
    }

    @Test
    void anInvoiceWithNothingForThePatientToPayIsPaidWhenIssued() {
        Invoice invoice = invoiceOf(List.of(charge(ServiceCategory.PROCEDURE)), "0.00");
        invoice.issue("INV-2026-000002", "billing", NOW);
        assertEquals(InvoiceStatus.PAID, invoice.getStatus());
    }

    @Test
    void voidingGivesTheChargesBackToBeBilledAgain() {
        Charge charge = charge(ServiceCategory.LAB);
        Invoice invoice = invoiceOf(List.of(charge), "350.00");
        invoice.issue("INV-2026-000003", "billing", NOW);
        assertEquals(List.of(charge), invoice.voidWith("wrong patient", "billing", NOW));
        assertEquals(InvoiceStatus.VOID, invoice.getStatus());
        assertEquals(ChargeStatus.UNBILLED, charge.getStatus());
        assertNull(charge.getInvoice());
        assertEquals("INV-2026-000003", invoice.getNumber(), "a void invoice keeps its number: no gap");
    }

    @Test
    void aCreditNoteTakesLinesBackAndTheInvoiceOwesLess() {
        Charge first = charge(ServiceCategory.LAB);
        Charge second = charge(ServiceCategory.LAB);
        Invoice invoice = invoiceOf(List.of(first, second), "350.00");
        invoice.issue("INV-2026-000004", "billing", NOW);
        invoice.paid(new BigDecimal("350.00"));
        Invoice note = invoice.creditNote(List.of(invoice.getLines().get(1)), "CN-2026-000001", "billing", NOW);
        assertEquals(InvoiceKind.CREDIT_NOTE, note.getKind());
        assertEquals(invoice, note.getCreditedInvoice());
        assertEquals(new BigDecimal("350.00"), note.getPatientShare());
        assertEquals(InvoiceStatus.PAID, invoice.getStatus(), "700 owed, 350 paid, 350 credited");
        assertEquals(new BigDecimal("0.00"), invoice.outstanding());
    }

    private static Invoice invoiceOf(List<Charge> charges, String price) {
        List<PricedItem> items = charges.stream().map(c -> new PricedItem(c.hashCode(), ServiceCategory.LAB, 1, new BigDecimal(price),
                BigDecimal.ZERO)).toList();
        Calculation calculation = InvoiceCalculator.calculate(items, Currency.getInstance("BDT"), BigDecimal.ZERO, Coverage.NONE);
        return Invoice.draft(null, "BDT", NOW, null, null, charges, calculation);
    }

    private static Charge charge(ServiceCategory category) {
        return new Charge(null, new RenderedService(ChargeSourceType.PROCEDURE, "p-" + System.nanoTime(), "PROC-ECG",
                category.getLabel(), 1, null, "Cardiology", "dr.rahman", NOW, null));
    }
}
