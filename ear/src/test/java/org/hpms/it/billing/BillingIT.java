package org.hpms.it.billing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import javax.sql.DataSource;
import org.hpms.billing.application.BillingPlans;
import org.hpms.billing.application.BillingReports;
import org.hpms.billing.application.CashierSessionView;
import org.hpms.billing.application.ChargeCapture;
import org.hpms.billing.application.ChargeView;
import org.hpms.billing.application.DraftOutcome;
import org.hpms.billing.application.InvoiceDetails;
import org.hpms.billing.application.InvoiceView;
import org.hpms.billing.application.Invoicing;
import org.hpms.billing.application.PaymentRequest;
import org.hpms.billing.application.PaymentView;
import org.hpms.billing.application.Payments;
import org.hpms.billing.application.PriceList;
import org.hpms.billing.application.PriceListEntry;
import org.hpms.billing.domain.ChargeSourceType;
import org.hpms.billing.domain.ChargeStatus;
import org.hpms.billing.domain.GatewayKind;
import org.hpms.billing.domain.InvoiceKind;
import org.hpms.billing.domain.InvoiceStatus;
import org.hpms.billing.domain.PaymentKind;
import org.hpms.billing.domain.ServiceCancelled;
import org.hpms.billing.domain.ServiceCategory;
import org.hpms.billing.domain.ServiceRendered;
import org.hpms.it.support.Deployments;
import org.hpms.it.support.PatientFixtures;
import org.hpms.it.support.SchedulingFixtures;
import org.hpms.it.support.Sql;
import org.hpms.it.support.Staff;
import org.hpms.lab.domain.LabOrderResulted;
import org.hpms.lab.domain.LabOrdersResulted;
import org.hpms.patient.application.PatientRegistrationService;
import org.hpms.patient.domain.InvalidPatientDataException;
import org.hpms.scheduling.application.AppointmentView;
import org.hpms.scheduling.application.BookingService;
import org.hpms.scheduling.application.QueueService;
import org.hpms.scheduling.application.SchedulingAdminService;
import org.hpms.scheduling.application.WalkInRequest;
import org.hpms.scheduling.domain.AppointmentStatus;
import org.hpms.scheduling.domain.ScheduleChange;
import org.hpms.scheduling.domain.ScheduleChangeKind;
import org.hpms.scheduling.domain.TimeInterval;
import org.hpms.scheduling.domain.VisitType;
import org.hpms.security.Roles;
import org.hpms.shared.config.HpmsConfiguration;
import org.hpms.staff.application.StaffAccountService;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Billing against the real database: charges captured from a completed visit and a resulted lab order
 * (once each, whatever repeats), invoices priced from the price list with discount and insurance split,
 * gapless numbers, cash payments under idempotency keys, refunds, voids and credit notes; bad input
 * refused with its reason and nothing saved.
 */
@ExtendWith(ArquillianExtension.class)
class BillingIT {

    private static final String CARDIOLOGIST = "dr.billing.cardio";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.applicationWithTests(BillingIT.class);
    }

    @EJB(lookup = "java:global/hpms/hpms-ejb/PatientRegistrationService")
    PatientRegistrationService registration;
    @EJB(lookup = "java:global/hpms/hpms-ejb/QueueService")
    QueueService queue;
    @EJB(lookup = "java:global/hpms/hpms-ejb/BookingService")
    BookingService booking;
    @EJB(lookup = "java:global/hpms/hpms-ejb/SchedulingAdminService")
    SchedulingAdminService schedulingAdmin;
    @EJB(lookup = "java:global/hpms/hpms-ejb/StaffAccountService")
    StaffAccountService accounts;
    @EJB(lookup = "java:global/hpms/hpms-ejb/ChargeCapture")
    ChargeCapture charges;
    @EJB(lookup = "java:global/hpms/hpms-ejb/Invoicing")
    Invoicing invoicing;
    @EJB(lookup = "java:global/hpms/hpms-ejb/Payments")
    Payments payments;
    @EJB(lookup = "java:global/hpms/hpms-ejb/BillingPlans")
    BillingPlans plans;
    @EJB(lookup = "java:global/hpms/hpms-ejb/PriceList")
    PriceList priceList;
    @EJB(lookup = "java:global/hpms/hpms-ejb/BillingReports")
    BillingReports reports;

    @Inject
    Event<LabOrdersResulted> labOrdersResulted;

    @Inject
    Event<ServiceRendered> serviceRendered;

    @Inject
    Event<ServiceCancelled> serviceCancelled;

    @Resource(lookup = "java:jboss/datasources/HpmsLocalDS")
    DataSource dataSource;

    private final ZoneId zone = HpmsConfiguration.hospitalZone();

    @BeforeEach
    void cardiologistAtWork() throws Exception {
        Staff.as(Staff.ADMIN, () -> {
            if (!accounts.exists(CARDIOLOGIST)) {
                accounts.create(CARDIOLOGIST, "Dr. Kamal Hossain", "Kamal-Cardio-2026!", List.of(Roles.DOCTOR));
                schedulingAdmin.saveProfile(CARDIOLOGIST, "Cardiology", 20, 10, 60, List.of("Bengali"), List.of("CARDIOLOGY"));
                SchedulingFixtures.worksEveryDay(schedulingAdmin, CARDIOLOGIST, LocalTime.of(8, 0), LocalTime.of(20, 0), "Cardiac OPD",
                        LocalDate.now(zone).minusDays(1));
                Instant now = Instant.now().truncatedTo(ChronoUnit.MINUTES);
                schedulingAdmin.addScheduleChange(CARDIOLOGIST, new ScheduleChange(ScheduleChangeKind.EXTRA_SESSION,
                        new TimeInterval(now.minus(Duration.ofHours(1)), now.plus(Duration.ofHours(8))), "Cardiac OPD"), "billing tests");
            }
            return null;
        });
    }

    @Test
    void servicesRenderedAreChargedOnceAndInvoicedAtTheirPricesUnderGaplessNumbers() throws Exception {
        String mrn = patient();
        String visit = completedVisit(mrn);
        String bmp = resultedLabOrder(mrn, "LAB-PANEL-BMP");
        labOrderResulted(mrn, bmp, "LAB-PANEL-BMP"); // a repeated event charges nothing more

        ChargeView consultation = billing(() -> charges.ofSource(ChargeSourceType.APPOINTMENT, visit)).orElseThrow();
        assertEquals("CONS-CARDIOLOGY-NEW", consultation.serviceCode());
        assertEquals(CARDIOLOGIST, consultation.doctor());
        assertEquals("Cardiology", consultation.department());
        assertEquals(ChargeStatus.UNBILLED, consultation.status());
        assertEquals(List.of("1"), Sql.column(dataSource, "SELECT COUNT(*) FROM billing_charge WHERE source_type = 'LAB_ORDER' AND source_ref = ?", bmp));

        DraftOutcome draft = billing(() -> invoicing.draft(mrn, null));
        assertEquals(InvoiceStatus.DRAFT, draft.invoice().status());
        assertNull(draft.invoice().number(), "a draft has no number yet");
        assertEquals(new BigDecimal("2600.00"), draft.invoice().total(), "cardiology new 1500.00 + BMP 1100.00");
        assertEquals(new BigDecimal("2600.00"), draft.invoice().outstanding());
        InvoiceView issued = billing(() -> invoicing.issue(draft.invoice().id()));
        int year = LocalDate.now(zone).getYear();
        assertTrue(issued.number().matches("INV-" + year + "-\\d{6}"), issued.number());
        assertEquals(InvoiceStatus.ISSUED, issued.status());

        InvoiceDetails details = billing(() -> invoicing.details(issued.number()));
        assertEquals(InvoiceKind.INVOICE, details.invoice().kind());
        assertEquals(List.of("CONS-CARDIOLOGY-NEW", "LAB-PANEL-BMP"), details.lines().stream().map(l -> l.serviceCode()).toList(),
                "in the order they were rendered");
        assertEquals(List.of(new BigDecimal("1500.00"), new BigDecimal("1100.00")), details.lines().stream().map(l -> l.amount()).toList());
        assertEquals(issued.number(), billing(() -> charges.ofSource(ChargeSourceType.APPOINTMENT, visit)).orElseThrow().invoiceNumber());

        assertEquals("Nothing to bill: the patient has no unbilled charges", assertThrows(InvalidPatientDataException.class,
                () -> billing(() -> invoicing.draft(mrn, null))).getFieldErrors().get("charges"), "each charge is billed once");

        // The next issued invoice takes the next number, whatever was refused or rolled back in between.
        String other = patient();
        billing(() -> charges.enter(other, "PROC-ECG", 1, null, "ECG at the bedside, not ordered"));
        assertThrows(InvalidPatientDataException.class, () -> billing(() -> invoicing.issue(draft.invoice().id())));
        InvoiceView next = billing(() -> invoicing.billNow(other)).invoice();
        assertEquals(serial(issued.number()) + 1, serial(next.number()), issued.number() + " then " + next.number());
    }

    @Test
    void cashPaymentsSettleTheInvoiceOnceAndBadPaymentsAreRefusedWithNothingSaved() throws Exception {
        String mrn = patient();
        completedVisit(mrn);
        InvoiceView invoice = billing(() -> invoicing.billNow(mrn)).invoice();
        CashierSessionView drawer = openDrawer();

        String key = UUID.randomUUID().toString();
        PaymentView first = pay(invoice.number(), "1000.00", key);
        assertEquals(PaymentKind.PAYMENT, first.kind());
        assertTrue(first.receiptNumber().matches("RCT-\\d{4}-\\d{6}"), first.receiptNumber());
        assertEquals(first.id(), pay(invoice.number(), "1000.00", key).id(), "the same request again: the same payment");
        assertEquals(InvoiceStatus.PARTIALLY_PAID, billing(() -> invoicing.details(invoice.number())).invoice().status());

        assertEquals("This idempotency key was used for another request; use a new key for a new payment", refusal(
                () -> pay(invoice.number(), "200.00", key), "idempotencyKey"));
        assertEquals("More than is owed: 500.00 BDT is outstanding on " + invoice.number(), refusal(
                () -> pay(invoice.number(), "500.01", UUID.randomUUID().toString()), "amount"));
        assertEquals("The amount must be more than zero", refusal(() -> pay(invoice.number(), "0", UUID.randomUUID().toString()), "amount"));
        assertEquals("The amount must be more than zero", refusal(() -> pay(invoice.number(), "-10.00", UUID.randomUUID().toString()), "amount"));
        assertEquals("BDT amounts have at most 2 decimals", refusal(() -> pay(invoice.number(), "10.005", UUID.randomUUID().toString()), "amount"));
        assertEquals("Unknown currency XYZ", refusal(() -> billing(() -> payments.pay(new PaymentRequest(invoice.number(), GatewayKind.CASH,
                new BigDecimal("10.00"), "XYZ", UUID.randomUUID().toString()))), "currency"));
        assertEquals("Invoices are in BDT; USD is not taken", refusal(() -> billing(() -> payments.pay(new PaymentRequest(invoice.number(),
                GatewayKind.CASH, new BigDecimal("10.00"), "USD", UUID.randomUUID().toString()))), "currency"));
        assertEquals(List.of("1"), Sql.column(dataSource, "SELECT COUNT(*) FROM billing_payment p JOIN billing_invoice i ON i.id = p.invoice_id"
                + " WHERE i.number = ?", invoice.number()), "nothing of the refused requests was saved");

        PaymentView rest = pay(invoice.number(), "500.00", UUID.randomUUID().toString());
        assertNotEquals(first.receiptNumber(), rest.receiptNumber());
        InvoiceView paid = billing(() -> invoicing.details(invoice.number())).invoice();
        assertEquals(InvoiceStatus.PAID, paid.status());
        assertEquals(new BigDecimal("0.00"), paid.outstanding());
        assertEquals("Invoice " + invoice.number() + " is paid in full", refusal(() -> pay(invoice.number(), "1.00", UUID.randomUUID().toString()), "amount"));
        assertEquals("Invoice " + invoice.number() + " has payments or credit notes: refund the payments or issue a credit note instead",
                refusal(() -> billing(() -> invoicing.voidInvoice(invoice.number(), "Billed to the wrong patient")), "invoice"));

        PaymentView refund = billing(() -> payments.refund(rest.id(), new BigDecimal("200.00"), "Patient left before the ECG", UUID.randomUUID().toString()));
        assertEquals(PaymentKind.REFUND, refund.kind());
        assertEquals(GatewayKind.CASH, refund.gateway());
        assertEquals("At most 300.00 BDT of this payment can be refunded", refusal(() -> billing(() -> payments.refund(rest.id(),
                new BigDecimal("300.01"), "Patient asks for more back", UUID.randomUUID().toString())), "amount"));
        InvoiceView afterRefund = billing(() -> invoicing.details(invoice.number())).invoice();
        assertEquals(InvoiceStatus.PARTIALLY_PAID, afterRefund.status());
        assertEquals(new BigDecimal("1300.00"), afterRefund.paid());

        CashierSessionView closed = billing(() -> payments.closeCashierSession(drawer.openingBalance().add(new BigDecimal("1300.00"))));
        assertTrue(closed.expectedCash().subtract(closed.openingBalance()).compareTo(new BigDecimal("1300.00")) >= 0,
                "the session counted this test's cash in: " + closed.expectedCash());
        assertEquals("Open your cashier session before taking cash", refusal(() -> pay(invoice.number(), "10.00", UUID.randomUUID().toString()),
                "gateway"));
    }

    @Test
    void aVoidedInvoiceKeepsItsNumberAndItsChargesAreBilledAgain() throws Exception {
        String mrn = patient();
        String visit = completedVisit(mrn);
        InvoiceView invoice = billing(() -> invoicing.billNow(mrn)).invoice();
        assertEquals("Give a reason (at least 5 characters)", refusal(() -> billing(() -> invoicing.voidInvoice(invoice.number(), "no")), "reason"));
        InvoiceView voided = billing(() -> invoicing.voidInvoice(invoice.number(), "Registered under the wrong insurer"));
        assertEquals(InvoiceStatus.VOID, voided.status());
        assertEquals(invoice.number(), voided.number());
        openDrawer();
        assertEquals("Invoice " + invoice.number() + " is void", refusal(() -> pay(invoice.number(), "10.00", UUID.randomUUID().toString()), "invoice"));
        assertEquals(ChargeStatus.UNBILLED, billing(() -> charges.ofSource(ChargeSourceType.APPOINTMENT, visit)).orElseThrow().status());
        InvoiceView again = billing(() -> invoicing.billNow(mrn)).invoice();
        assertNotEquals(invoice.number(), again.number());
        assertEquals(new BigDecimal("1500.00"), again.total());
    }

    @Test
    void theInsurerPaysItsShareAfterTheDiscountAndACharityDiscountWaitsForApproval() throws Exception {
        String mrn = patient();
        Staff.as(Staff.RECEPTIONIST, () -> run(() -> plans.set(mrn, "SENIOR", "GREEN-DELTA", "GD-" + PatientFixtures.uniqueDigits(6))));
        billing(() -> charges.enter(mrn, "PROC-ECG", 1, null, "ECG before discharge"));
        resultedLabOrder(mrn, "LAB-CHEM-TNI");
        BigDecimal greenDeltaOwedBefore = greenDeltaOwes();
        InvoiceView invoice = billing(() -> invoicing.billNow(mrn)).invoice();
        // ECG 500.00 (procedures not covered) - 20% = 400.00, all the patient's; troponin 1800.00 - 20% = 1440.00, insurer 80% = 1152.00
        assertEquals(new BigDecimal("2300.00"), invoice.gross());
        assertEquals(new BigDecimal("460.00"), invoice.discount());
        assertEquals(new BigDecimal("1840.00"), invoice.total());
        assertEquals(new BigDecimal("1152.00"), invoice.insurerShare());
        assertEquals(new BigDecimal("688.00"), invoice.patientShare());
        assertEquals("SENIOR", invoice.discountScheme());
        assertEquals("Green Delta Insurance (corporate health)", invoice.payer());
        assertEquals(new BigDecimal("1152.00"), greenDeltaOwes().subtract(greenDeltaOwedBefore), "the insurers' report counts its share");

        String poor = patient();
        billing(() -> run(() -> plans.set(poor, "CHARITY", null, null)));
        billing(() -> charges.enter(poor, "PROC-NEBULISATION", 2, null, "Two nebulisations in emergency"));
        InvoiceView unapproved = billing(() -> invoicing.draft(poor, null)).invoice();
        assertEquals(new BigDecimal("600.00"), unapproved.patientShare(), "no discount before approval");
        billing(() -> run(() -> invoicing.discardDraft(unapproved.id())));
        assertThrows(EJBAccessException.class, () -> billing(() -> run(() -> plans.approveDiscount(poor))), "only administrators approve");
        Staff.as(Staff.ADMIN, () -> run(() -> plans.approveDiscount(poor)));
        InvoiceView charity = billing(() -> invoicing.billNow(poor)).invoice();
        assertEquals(new BigDecimal("0.00"), charity.patientShare());
        assertEquals(InvoiceStatus.PAID, charity.status(), "nothing for the patient to pay");

        String askedByAdmin = patient();
        Staff.as(Staff.ADMIN, () -> run(() -> plans.set(askedByAdmin, "CHARITY", null, null)));
        assertEquals("Another administrator approves a discount you asked for", refusal(
                () -> Staff.as(Staff.ADMIN, () -> run(() -> plans.approveDiscount(askedByAdmin))), "discountScheme"));
    }

    @Test
    void reversingAChargeCancelsItOrTakesItBackWithACreditNote() throws Exception {
        String mrn = patient();
        ChargeView wrong = billing(() -> charges.enter(mrn, "PROC-DRESSING", 1, null, "Dressing in emergency"));
        ChargeView reversed = billing(() -> charges.reverse(wrong.id(), "Dressing was not done after all"));
        assertEquals(ChargeStatus.CANCELLED, reversed.status());
        assertEquals("This charge was already reversed", refusal(() -> billing(() -> charges.reverse(wrong.id(), "Reversing it twice")), "charge"));

        String bmp = resultedLabOrder(mrn, "LAB-PANEL-BMP");
        billing(() -> charges.enter(mrn, "PROC-DRESSING", 1, null, "Dressing in emergency"));
        InvoiceView invoice = billing(() -> invoicing.billNow(mrn)).invoice();
        assertEquals(new BigDecimal("1560.00"), invoice.total(), "BMP 1100.00 + dressing 400.00 + 15% VAT 60.00; the cancelled one not billed");
        ChargeView labCharge = billing(() -> charges.ofSource(ChargeSourceType.LAB_ORDER, bmp)).orElseThrow();
        billing(() -> charges.reverse(labCharge.id(), "Sample haemolysed, lab withdrew the result"));

        InvoiceDetails details = billing(() -> invoicing.details(invoice.number()));
        assertEquals(1, details.creditNotes().size());
        InvoiceView note = details.creditNotes().get(0);
        assertEquals(InvoiceKind.CREDIT_NOTE, note.kind());
        assertTrue(note.number().matches("CN-\\d{4}-\\d{6}"), note.number());
        assertEquals(new BigDecimal("1100.00"), note.total());
        assertEquals(invoice.number(), note.creditedInvoiceNumber());
        assertEquals(new BigDecimal("460.00"), details.invoice().outstanding());
        assertEquals(ChargeStatus.CANCELLED, billing(() -> charges.ofSource(ChargeSourceType.LAB_ORDER, bmp)).orElseThrow().status());
    }

    @Test
    void proceduresAndNightsAreChargedOnceFromTheirEventsAndACancelledSourceIsReversed() throws Exception {
        String mrn = patient();
        String admission = "ADM-" + UUID.randomUUID();
        String procedure = "PROC-" + UUID.randomUUID();
        LocalDate first = LocalDate.now(zone).minusDays(2);
        LocalDate second = first.plusDays(1);
        Staff.as(Staff.NURSE, () -> {
            serviceRendered.fire(ServiceRendered.night(mrn, admission, first, "BED-GENERAL", Instant.now()));
            serviceRendered.fire(ServiceRendered.night(mrn, admission, second, "BED-GENERAL", Instant.now()));
            serviceRendered.fire(ServiceRendered.night(mrn, admission, first, "BED-GENERAL", Instant.now())); // the ward's job ran twice
            return null;
        });
        Staff.as(Staff.DOCTOR, () -> {
            serviceRendered.fire(ServiceRendered.procedure(mrn, procedure, "PROC-ECG", CARDIOLOGIST, Instant.now()));
            return null;
        });
        assertEquals(List.of("BED-GENERAL", "BED-GENERAL", "PROC-ECG"), billing(() -> charges.unbilled(mrn)).stream()
                .map(ChargeView::serviceCode).sorted().toList(), "two nights and the ECG, each once");

        String secondNight = ServiceRendered.nightRef(admission, second);
        Staff.as(Staff.NURSE, () -> {
            serviceCancelled.fire(new ServiceCancelled(ChargeSourceType.BED_DAY, secondNight, "Discharged the evening before"));
            serviceCancelled.fire(new ServiceCancelled(ChargeSourceType.BED_DAY, secondNight, "Discharged the evening before"));
            return null;
        });
        assertEquals(ChargeStatus.CANCELLED, billing(() -> charges.ofSource(ChargeSourceType.BED_DAY, secondNight)).orElseThrow().status(),
                "an unbilled charge of a cancelled source is cancelled, once");

        InvoiceView invoice = billing(() -> invoicing.billNow(mrn)).invoice();
        assertEquals(new BigDecimal("2000.00"), invoice.total(), "one night 1500.00 + ECG 500.00");
        Staff.as(Staff.DOCTOR, () -> {
            serviceCancelled.fire(new ServiceCancelled(ChargeSourceType.PROCEDURE, procedure, "ECG recorded for the wrong patient"));
            return null;
        });
        InvoiceDetails details = billing(() -> invoicing.details(invoice.number()));
        assertEquals(1, details.creditNotes().size(), "a billed charge of a cancelled source is taken back by a credit note");
        assertEquals(new BigDecimal("500.00"), details.creditNotes().get(0).total());
        assertEquals(new BigDecimal("1500.00"), details.invoice().outstanding());
    }

    @Test
    void aChargeThatCannotBePricedStaysUnbilledWithItsReason() throws Exception {
        String mrn = patient();
        resultedLabOrder(mrn, "LAB-PANEL-CBC");
        String unlisted = resultedLabOrder(mrn, "LAB-NOT-LISTED");
        DraftOutcome draft = billing(() -> invoicing.draft(mrn, null));
        assertEquals(new BigDecimal("450.00"), draft.invoice().total());
        assertEquals(List.of("Service LAB-NOT-LISTED is not on the price list"), draft.unpriced().stream().map(u -> u.reason()).toList());
        assertEquals("Not on the price list: LAB-NOT-LISTED", billing(() -> charges.ofSource(ChargeSourceType.LAB_ORDER, unlisted))
                .orElseThrow().description(), "captured all the same: the lab's result was not held up by the price list");
        assertEquals(ChargeStatus.UNBILLED, billing(() -> charges.ofSource(ChargeSourceType.LAB_ORDER, unlisted)).orElseThrow().status());
    }

    @Test
    void pricesChangeFromTheirDateAndBadPricesAreRefused() throws Exception {
        String code = "PROC-T" + PatientFixtures.uniqueDigits(6);
        Staff.as(Staff.ADMIN, () -> run(() -> priceList.addService(code, "Holter monitoring, 24 h", ServiceCategory.PROCEDURE, "Cardiology",
                BigDecimal.ZERO)));
        LocalDate today = LocalDate.now(zone);
        Map<String, String> bad = assertThrows(InvalidPatientDataException.class, () -> billing(() -> run(() -> priceList.setPrice(code,
                new BigDecimal("2500.555"), "XYZ", today.minusDays(1))))).getFieldErrors();
        assertEquals(Map.of("currency", "Unknown currency XYZ", "effectiveFrom", "A new price starts today or later"), bad);
        assertEquals("BDT amounts have at most 2 decimals", refusal(() -> billing(() -> run(() -> priceList.setPrice(code,
                new BigDecimal("2500.555"), "BDT", today))), "amount"));
        assertEquals("A price cannot be negative", refusal(() -> billing(() -> run(() -> priceList.setPrice(code, new BigDecimal("-1"), "BDT",
                today))), "amount"));
        billing(() -> run(() -> priceList.setPrice(code, new BigDecimal("2500"), "BDT", today)));
        billing(() -> run(() -> priceList.setPrice(code, new BigDecimal("2800.50"), "bdt", today.plusDays(30))));
        PriceListEntry entry = billing(() -> priceList.entries()).stream().filter(e -> e.code().equals(code)).findFirst().orElseThrow();
        assertEquals(new BigDecimal("2500.00"), entry.price());
        assertEquals(new BigDecimal("2800.50"), entry.nextPrice());
        assertEquals(today.plusDays(30), entry.nextPriceFrom());

        String mrn = patient();
        billing(() -> charges.enter(mrn, code, 1, null, "Holter fitted in clinic"));
        assertEquals(new BigDecimal("2500.00"), billing(() -> invoicing.billNow(mrn)).invoice().total(), "today's price, not next month's");
    }

    @Test
    void theReportsCountTheDaysRevenueCashAndReceivables() throws Exception {
        LocalDate today = LocalDate.now(zone);
        BigDecimal cardiologyBefore = cardiologyRevenue(today);
        BigDecimal cashBefore = cashNet(today);
        BigDecimal youngBefore = youngReceivables(today);

        String mrn = patient();
        billing(() -> charges.enter(mrn, "PROC-ECG", 1, null, "ECG in the cardiac clinic"));
        InvoiceView invoice = billing(() -> invoicing.billNow(mrn)).invoice();
        openDrawer();
        pay(invoice.number(), "300.00", UUID.randomUUID().toString());

        assertEquals(cardiologyBefore.add(new BigDecimal("500.00")), cardiologyRevenue(today), "the ECG is cardiology's revenue");
        assertEquals(cashBefore.add(new BigDecimal("300.00")), cashNet(today), "the cash taken today");
        assertEquals(youngBefore.add(new BigDecimal("200.00")), youngReceivables(today), "still owed, issued today");
        assertTrue(billing(() -> reports.cashClosing(today)).sessions().stream().anyMatch(s -> s.cashier().equals(Staff.BILLING)
                && s.closedAt() == null), "the open session is listed");
        assertThrows(EJBAccessException.class, () -> Staff.as(Staff.DOCTOR, () -> reports.cashClosing(today)), "doctors see no cash reports");
        assertThrows(EJBAccessException.class, () -> Staff.as(Staff.RECEPTIONIST, () -> reports.revenue(today, today, true)));
    }

    private BigDecimal cardiologyRevenue(LocalDate day) throws Exception {
        return billing(() -> reports.revenue(day, day, false)).stream().filter(r -> r.name().equals("Cardiology")).map(r -> r.amount())
                .findFirst().orElse(BigDecimal.ZERO.setScale(2));
    }

    private BigDecimal cashNet(LocalDate day) throws Exception {
        return billing(() -> reports.cashClosing(day)).channels().stream().filter(c -> c.gateway().equals("CASH")).map(c -> c.net())
                .findFirst().orElse(BigDecimal.ZERO.setScale(2));
    }

    private BigDecimal youngReceivables(LocalDate day) throws Exception {
        return billing(() -> reports.receivablesAging(day)).stream().filter(a -> a.bucket().equals("0-30 days")).map(a -> a.outstanding())
                .findFirst().orElse(BigDecimal.ZERO.setScale(2));
    }

    private String completedVisit(String mrn) throws Exception {
        AppointmentView walkIn = Staff.as(Staff.RECEPTIONIST, () -> queue.registerWalkIn(new WalkInRequest(mrn, "CARDIOLOGY", CARDIOLOGIST,
                VisitType.NEW, "Chest pain on exertion")));
        Staff.as(Staff.DOCTOR, () -> booking.advance(walkIn.id(), AppointmentStatus.IN_CONSULTATION));
        Staff.as(Staff.DOCTOR, () -> booking.advance(walkIn.id(), AppointmentStatus.COMPLETED));
        return walkIn.id();
    }

    /** What the lab fires when an order turns final (its whole path is tested in LabOrdersIT); here with our own placer number. */
    private String resultedLabOrder(String mrn, String priceCode) throws Exception {
        String placer = "HPMS-LO-T" + UUID.randomUUID().toString().substring(0, 8);
        labOrderResulted(mrn, placer, priceCode);
        return placer;
    }

    private void labOrderResulted(String mrn, String placer, String priceCode) throws Exception {
        long patientId = Long.parseLong(Sql.column(dataSource, "SELECT id FROM patient WHERE mrn = ?", mrn).get(0));
        Staff.as(Staff.LAB_TECH, () -> run(() -> labOrdersResulted.fire(new LabOrdersResulted(List.of(new LabOrderResulted(-1, placer,
                patientId, "X", priceCode, Instant.now()))))));
    }

    private CashierSessionView openDrawer() throws Exception {
        return billing(() -> payments.currentCashierSession().orElseGet(() -> payments.openCashierSession(new BigDecimal("5000.00"))));
    }

    private PaymentView pay(String invoiceNumber, String amount, String key) throws Exception {
        return billing(() -> payments.pay(new PaymentRequest(invoiceNumber, GatewayKind.CASH, new BigDecimal(amount), "BDT", key)));
    }

    private static String refusal(Callable<?> call, String field) {
        return assertThrows(InvalidPatientDataException.class, call::call).getFieldErrors().get(field);
    }

    private static long serial(String number) {
        return Long.parseLong(number.substring(number.lastIndexOf('-') + 1));
    }

    private String patient() throws Exception {
        return Staff.as(Staff.RECEPTIONIST, () -> registration.register(PatientFixtures.demographics("Bill", PatientFixtures.uniqueWord("Payer"))))
                .toString();
    }

    private static <T> T billing(Callable<T> work) throws Exception {
        return Staff.as(Staff.BILLING, work);
    }

    private static Object run(Runnable work) {
        work.run();
        return null;
    }

    private BigDecimal greenDeltaOwes() throws Exception {
        return billing(() -> reports.insurerOutstanding()).stream().filter(b -> b.payer().startsWith("Green Delta"))
                .map(BillingReports.InsurerBalance::owed).findFirst().orElse(BigDecimal.ZERO);
    }
}
