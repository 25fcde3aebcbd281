package org.hpms.billing.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Set;
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

    @Test
    void anInsurerPayingLessThanClaimedIsCountedForWhatItPaidWithItsReason() {
        List<PricedItem> items = List.of(new PricedItem(1, ServiceCategory.LAB, 1, new BigDecimal("1800.00"), BigDecimal.ZERO));
        Calculation calculation = InvoiceCalculator.calculate(items, Currency.getInstance("BDT"), BigDecimal.ZERO,
                new Coverage(Set.of(ServiceCategory.LAB), new BigDecimal("20"), null));
        Invoice invoice = Invoice.draft(null, "BDT", NOW, null, null, List.of(charge(ServiceCategory.LAB)), calculation);
        invoice.issue("INV-2026-000005", "billing", NOW);
        assertEquals(new BigDecimal("1440.00"), invoice.insurerOutstanding());

        Payment claim = new Payment(invoice, PaymentKind.PAYMENT, GatewayKind.INSURANCE, invoice.insurerOutstanding(), "claim-1", null, null,
                null, "billing", NOW);
        claim.succeeded("ClaimResponse/1", "RCT-2026-000001", NOW, new BigDecimal("1200.00"), "annual limit");
        assertEquals(new BigDecimal("1200.00"), claim.getAmount(), "the money moved");
        assertEquals(new BigDecimal("1440.00"), claim.getRequestedAmount(), "what was claimed");
        assertEquals("annual limit", claim.getFailureReason());
        assertEquals(new BigDecimal("240.00"), invoice.insurerOutstanding(), "the rest stays owed by the insurer");
        assertEquals(new BigDecimal("360.00"), invoice.outstanding(), "the patient's share is untouched");
        assertEquals(InvoiceStatus.ISSUED, invoice.getStatus());
        assertFalse(invoice.canBeVoided(), "the insurer paid on it");
        assertTrue(claim.sameRequestAs("INV-2026-000005", GatewayKind.INSURANCE, new BigDecimal("1440.00"), PaymentKind.PAYMENT),
                "a repeat of the claim asks for what was claimed");

        Payment full = new Payment(invoice, PaymentKind.PAYMENT, GatewayKind.INSURANCE, new BigDecimal("240.00"), "claim-2", null, null,
                null, "billing", NOW);
        full.succeeded("ClaimResponse/2", "RCT-2026-000002", NOW, new BigDecimal("240.00"), "ignored when paid in full");
        assertNull(full.getRequestedAmount());
        assertNull(full.getFailureReason());
        assertEquals(new BigDecimal("0.00"), invoice.insurerOutstanding());
        assertThrows(IllegalArgumentException.class, () -> new Payment(invoice, PaymentKind.PAYMENT, GatewayKind.INSURANCE, BigDecimal.TEN,
                "claim-3", null, null, null, "billing", NOW).succeeded(null, null, NOW, new BigDecimal("11"), null), "never more than asked");
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
