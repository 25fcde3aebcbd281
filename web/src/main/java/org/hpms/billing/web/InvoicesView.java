package org.hpms.billing.web;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.hpms.billing.application.InsuranceClaims;
import org.hpms.billing.application.InvoiceDetails;
import org.hpms.billing.application.InvoiceSearch;
import org.hpms.billing.application.InvoiceView;
import org.hpms.billing.application.Invoicing;
import org.hpms.billing.application.PaymentView;
import org.hpms.billing.application.StatementView;
import org.hpms.billing.domain.InvoiceKind;
import org.hpms.billing.domain.InvoiceStatus;
import org.hpms.patient.domain.InvalidPatientDataException;
import org.hpms.patient.domain.UnknownPatientException;
import org.hpms.shared.web.Messages;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.StreamedContent;

/**
 * Invoices and credit notes: the list (filtered by number, patient, status, kind and issue dates, a page at
 * a time from the database), one invoice in detail with its lines, payments, claims and credit notes (PDF,
 * void with a reason, claim the insurer's share again), and a patient's statement of account.
 */
@Named
@ViewScoped
public class InvoicesView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    Invoicing invoicing;

    @EJB
    InsuranceClaims claims;

    private String number;
    private String mrn;
    private InvoiceStatus status;
    private InvoiceKind kind;
    private LocalDate issuedFrom;
    private LocalDate issuedTo;
    private InvoiceSearch search = InvoiceSearch.everything();
    private InvoiceDetails shown;
    private String voidReason;
    private StatementView statement;
    private final LazyDataModel<InvoiceView> invoices = new InvoiceList();

    /** Applies the filters; a patient's statement of account comes with an MRN. */
    public void find() {
        search = new InvoiceSearch(number, mrn, status, kind, null, issuedFrom, issuedTo);
        if (FacesContext.getCurrentInstance().getViewRoot().findComponent(":invoices:list") instanceof DataTable table) {
            table.setFirst(0); // a new search starts on its first page
        }
        shown = null;
        statement = null;
        try {
            // The statement names an unknown MRN here, rather than the list showing nothing.
            if (mrn != null && !mrn.isBlank()) {
                statement = invoicing.statement(mrn.strip());
            }
        } catch (UnknownPatientException e) {
            Messages.error("No patient with MRN " + mrn.strip());
            search = InvoiceSearch.everything();
        }
    }

    public void show(InvoiceView invoice) {
        shown = invoicing.details(invoice.number());
        voidReason = null;
    }

    public void voidShown() {
        try {
            invoicing.voidInvoice(shown.invoice().number(), voidReason);
            Messages.info("Invoice " + shown.invoice().number() + " is void; its charges will be billed again");
            shown = invoicing.details(shown.invoice().number());
        } catch (InvalidPatientDataException e) {
            Messages.errors(e.getFieldErrors());
        }
    }

    public void claimShown() {
        try {
            PaymentView claim = claims.submit(shown.invoice().number());
            Messages.info("Claim of " + claim.amount().toPlainString() + " " + claim.currency() + " " + switch (claim.status()) {
                case PENDING -> "sent; waiting for the insurer's decision";
                case SUCCEEDED -> "paid by the insurer";
                case FAILED -> "refused: " + claim.failureReason();
            });
            shown = invoicing.details(shown.invoice().number());
        } catch (InvalidPatientDataException e) {
            Messages.errors(e.getFieldErrors());
        }
    }

    public StreamedContent getShownPdf() {
        return PdfDownload.of(invoicing.pdf(shown.invoice().number()), "invoice-" + shown.invoice().number() + ".pdf");
    }

    public StreamedContent getStatementPdf() {
        return PdfDownload.of(invoicing.statementPdf(statement.mrn()), "statement-" + statement.mrn() + ".pdf");
    }

    private final class InvoiceList extends LazyDataModel<InvoiceView> {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) Math.min(Integer.MAX_VALUE, invoicing.count(search));
        }

        @Override
        public List<InvoiceView> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return invoicing.search(search, first, pageSize);
        }

        @Override
        public String getRowKey(InvoiceView row) {
            return row.number();
        }

        @Override
        public InvoiceView getRowData(String rowKey) {
            return getWrappedData() == null ? null : getWrappedData().stream().filter(row -> row.number().equals(rowKey)).findFirst().orElse(null);
        }
    }

    public boolean isClaimable() {
        return shown != null && shown.invoice().payer() != null && shown.invoice().insurerOutstanding().signum() > 0;
    }

    public LazyDataModel<InvoiceView> getInvoices() {
        return invoices;
    }

    public InvoiceDetails getShown() {
        return shown;
    }

    public StatementView getStatement() {
        return statement;
    }

    public InvoiceStatus[] getStatuses() {
        return InvoiceStatus.values();
    }

    public InvoiceKind[] getKinds() {
        return InvoiceKind.values();
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public String getMrn() {
        return mrn;
    }

    public void setMrn(String mrn) {
        this.mrn = mrn;
    }

    public InvoiceStatus getStatus() {
        return status;
    }

    public void setStatus(InvoiceStatus status) {
        this.status = status;
    }

    public InvoiceKind getKind() {
        return kind;
    }

    public void setKind(InvoiceKind kind) {
        this.kind = kind;
    }

    public LocalDate getIssuedFrom() {
        return issuedFrom;
    }

    public void setIssuedFrom(LocalDate issuedFrom) {
        this.issuedFrom = issuedFrom;
    }

    public LocalDate getIssuedTo() {
        return issuedTo;
    }

    public void setIssuedTo(LocalDate issuedTo) {
        this.issuedTo = issuedTo;
    }

    public String getVoidReason() {
        return voidReason;
    }

    public void setVoidReason(String voidReason) {
        this.voidReason = voidReason;
    }
}
