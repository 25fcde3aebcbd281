package org.hpms.billing.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.hpms.billing.application.CashierSessionView;
import org.hpms.billing.application.ChargeCapture;
import org.hpms.billing.application.ChargeView;
import org.hpms.billing.application.DraftOutcome;
import org.hpms.billing.application.InvoiceView;
import org.hpms.billing.application.Invoicing;
import org.hpms.billing.application.PaymentRequest;
import org.hpms.billing.application.PaymentView;
import org.hpms.billing.application.Payments;
import org.hpms.billing.domain.ChargeStatus;
import org.hpms.billing.domain.GatewayKind;
import org.hpms.patient.domain.InvalidPatientDataException;
import org.hpms.patient.domain.UnknownPatientException;
import org.hpms.shared.config.HpmsConfiguration;
import org.hpms.shared.web.Messages;
import org.primefaces.model.StreamedContent;

/**
 * The cashier desk: the cashier's session (open with the float, close with the count), a patient found
 * by MRN with unbilled charges and open invoices, "bill now", and a cash payment printed as a receipt.
 * Each payment form carries its own idempotency key, so a double click or a resubmitted form takes the
 * money once.
 */
@Named
@ViewScoped
public class CashierDeskView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    Payments payments;

    @EJB
    Invoicing invoicing;

    @EJB
    ChargeCapture charges;

    private CashierSessionView drawer;
    private BigDecimal openingBalance;
    private BigDecimal countedCash;
    private String mrn;
    private String shownMrn;
    private List<ChargeView> unbilled = List.of();
    private List<InvoiceView> openInvoices = List.of();
    private InvoiceView selected;
    private BigDecimal amount;
    private String idempotencyKey = UUID.randomUUID().toString();
    private PaymentView lastPayment;

    public void load() {
        drawer = payments.currentCashierSession().orElse(null);
    }

    public void openSession() {
        try {
            drawer = payments.openCashierSession(openingBalance);
            Messages.info("Cashier session opened with " + drawer.openingBalance().toPlainString() + " " + drawer.currency());
        } catch (InvalidPatientDataException e) {
            Messages.errors(e.getFieldErrors());
        }
    }

    public void closeSession() {
        try {
            CashierSessionView closed = payments.closeCashierSession(countedCash);
            Messages.info("Session closed: expected " + closed.expectedCash().toPlainString() + ", counted " + closed.countedCash().toPlainString()
                    + ", " + (closed.overShort().signum() == 0 ? "balanced" : (closed.overShort().signum() > 0 ? "over " : "short ")
                    + closed.overShort().abs().toPlainString()));
            drawer = null;
        } catch (InvalidPatientDataException e) {
            Messages.errors(e.getFieldErrors());
        }
    }

    public void find() {
        try {
            String asked = mrn == null ? "" : mrn.strip();
            unbilled = charges.unbilled(asked).stream().filter(c -> c.status() == ChargeStatus.UNBILLED).toList();
            openInvoices = invoicing.ofPatient(asked).stream().filter(i -> i.status().isOpen()).toList();
            shownMrn = asked;
            selected = null;
            lastPayment = null;
        } catch (UnknownPatientException e) {
            Messages.error("No patient with MRN " + mrn);
            shownMrn = null;
        } catch (InvalidPatientDataException e) {
            Messages.errors(e.getFieldErrors());
        }
    }

    public void billNow() {
        try {
            DraftOutcome outcome = invoicing.billNow(shownMrn);
            Messages.info("Invoice " + outcome.invoice().number() + " issued: " + outcome.invoice().total().toPlainString() + " "
                    + outcome.invoice().currency());
            outcome.unpriced().forEach(u -> Messages.error("Not billed: " + u.reason()));
            refresh();
            openInvoices.stream().filter(i -> i.number().equals(outcome.invoice().number())).findFirst().ifPresent(this::select);
        } catch (InvalidPatientDataException e) {
            Messages.errors(e.getFieldErrors());
        }
    }

    public void select(InvoiceView invoice) {
        selected = invoice;
        amount = invoice.outstanding();
        idempotencyKey = UUID.randomUUID().toString();
        lastPayment = null;
    }

    public void takeCash() {
        try {
            lastPayment = payments.pay(new PaymentRequest(selected.number(), GatewayKind.CASH, amount,
                    HpmsConfiguration.currency().getCurrencyCode(), idempotencyKey));
            Messages.info("Receipt " + lastPayment.receiptNumber() + ": " + lastPayment.amount().toPlainString() + " " + lastPayment.currency()
                    + " received on " + selected.number());
            idempotencyKey = UUID.randomUUID().toString();
            refresh();
            selected = null;
            drawer = payments.currentCashierSession().orElse(null);
        } catch (InvalidPatientDataException e) {
            Messages.errors(e.getFieldErrors());
        }
    }

    public StreamedContent getReceipt() {
        return PdfDownload.of(payments.receiptPdf(lastPayment.id()), "receipt-" + lastPayment.receiptNumber() + ".pdf");
    }

    public StreamedContent invoicePdf(String number) {
        return PdfDownload.of(invoicing.pdf(number), "invoice-" + number + ".pdf");
    }

    private void refresh() {
        unbilled = charges.unbilled(shownMrn).stream().filter(c -> c.status() == ChargeStatus.UNBILLED).toList();
        openInvoices = invoicing.ofPatient(shownMrn).stream().filter(i -> i.status().isOpen()).toList();
    }

    public CashierSessionView getDrawer() {
        return drawer;
    }

    public BigDecimal getOpeningBalance() {
        return openingBalance;
    }

    public void setOpeningBalance(BigDecimal openingBalance) {
        this.openingBalance = openingBalance;
    }

    public BigDecimal getCountedCash() {
        return countedCash;
    }

    public void setCountedCash(BigDecimal countedCash) {
        this.countedCash = countedCash;
    }

    public String getMrn() {
        return mrn;
    }

    public void setMrn(String mrn) {
        this.mrn = mrn;
    }

    public String getShownMrn() {
        return shownMrn;
    }

    public List<ChargeView> getUnbilled() {
        return unbilled;
    }

    public List<InvoiceView> getOpenInvoices() {
        return openInvoices;
    }

    public InvoiceView getSelected() {
        return selected;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }

    public PaymentView getLastPayment() {
        return lastPayment;
    }
}
