package org.hpms.billing.infrastructure;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.hpms.billing.application.InvoiceDetails;
import org.hpms.billing.application.InvoiceLineView;
import org.hpms.billing.application.InvoiceView;
import org.hpms.billing.application.PaymentView;
import org.hpms.billing.application.StatementView;
import org.hpms.billing.domain.AccountStatement;
import org.hpms.billing.domain.GatewayKind;
import org.hpms.billing.domain.InvoiceKind;
import org.hpms.billing.domain.PaymentKind;
import org.hpms.shared.config.HpmsConfiguration;

/**
 * The printed invoice (or credit note) and payment receipt, with OpenPDF: the hospital's name, address
 * and tax number at the top (HPMS_HOSPITAL_*), the patient, the lines with discount and VAT, the
 * patient's and the insurer's shares, payments so far and what is still owed. Times in the hospital's zone.
 */
public final class BillingPdf {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final Font HOSPITAL = new Font(Font.HELVETICA, 14, Font.BOLD, new Color(0x1f, 0x4e, 0x79));
    private static final Font TITLE = new Font(Font.HELVETICA, 13, Font.BOLD);
    private static final Font TEXT = new Font(Font.HELVETICA, 9);
    private static final Font BOLD = new Font(Font.HELVETICA, 9, Font.BOLD);
    private static final Font SMALL = new Font(Font.HELVETICA, 7, Font.ITALIC, Color.GRAY);

    private BillingPdf() {
    }

    public static byte[] invoice(InvoiceDetails details, Instant printedAt) {
        InvoiceView invoice = details.invoice();
        return render(invoice.kind() == InvoiceKind.CREDIT_NOTE ? "Credit note " + invoice.number() : "Invoice " + invoice.number(), document -> {
            header(document, invoice.kind() == InvoiceKind.CREDIT_NOTE ? "CREDIT NOTE " + invoice.number() : "INVOICE " + invoice.number());
            parties(document, details.patientName(), invoice.mrn(), invoice.issuedAt(), invoice.payer(), invoice.creditedInvoiceNumber());
            PdfPTable lines = new PdfPTable(new float[] {4.5f, 2.2f, 0.8f, 1.6f, 1.5f, 1.3f, 1.7f});
            lines.setWidthPercentage(100);
            lines.setSpacingBefore(8);
            lines.setHeaderRows(1);
            for (String heading : List.of("Service", "Date", "Qty", "Unit price", "Discount", "VAT", "Amount")) {
                lines.addCell(cell(heading, BOLD, Element.ALIGN_LEFT));
            }
            for (InvoiceLineView line : details.lines()) {
                lines.addCell(cell(line.description() + " (" + line.serviceCode() + ")", TEXT, Element.ALIGN_LEFT));
                lines.addCell(cell(time(line.renderedAt()), TEXT, Element.ALIGN_LEFT));
                lines.addCell(cell(String.valueOf(line.quantity()), TEXT, Element.ALIGN_RIGHT));
                lines.addCell(cell(money(line.unitPrice()), TEXT, Element.ALIGN_RIGHT));
                lines.addCell(cell(money(line.discount()), TEXT, Element.ALIGN_RIGHT));
                lines.addCell(cell(money(line.tax()), TEXT, Element.ALIGN_RIGHT));
                lines.addCell(cell(money(line.amount()), TEXT, Element.ALIGN_RIGHT));
            }
            document.add(lines);
            PdfPTable totals = totalsTable();
            total(totals, "Gross", invoice.gross(), invoice.currency());
            total(totals, "Discount" + (invoice.discountScheme() == null ? "" : " (" + invoice.discountScheme() + ")"), invoice.discount().negate(),
                    invoice.currency());
            total(totals, "VAT", invoice.tax(), invoice.currency());
            total(totals, "Total", invoice.total(), invoice.currency());
            if (invoice.insurerShare().signum() != 0) {
                total(totals, "Insurer's share", invoice.insurerShare(), invoice.currency());
            }
            total(totals, "Patient's share", invoice.patientShare(), invoice.currency());
            if (invoice.kind() == InvoiceKind.INVOICE) {
                total(totals, "Credited", invoice.credited().negate(), invoice.currency());
                total(totals, "Paid", invoice.paid().negate(), invoice.currency());
                total(totals, "Outstanding", invoice.outstanding(), invoice.currency());
            }
            document.add(totals);
            if (invoice.kind() == InvoiceKind.INVOICE && invoice.insurerShare().signum() != 0) {
                PdfPTable insurer = totalsTable();
                total(insurer, "Insurer's share", invoice.insurerShare(), invoice.currency());
                total(insurer, "Paid by the insurer", invoice.insurerPaid().negate(), invoice.currency());
                total(insurer, "Insurer still owes", invoice.insurerOutstanding(), invoice.currency());
                document.add(insurer);
            }
            for (PaymentView payment : details.payments()) {
                String kind = payment.gateway() == GatewayKind.INSURANCE ? "Claim " + (payment.receiptNumber() == null ? "" : payment.receiptNumber())
                        : (payment.kind() == PaymentKind.REFUND ? "Refund " : "Payment ") + payment.receiptNumber();
                document.add(new Paragraph(kind + "  "
                        + time(payment.settledAt() == null ? payment.requestedAt() : payment.settledAt()) + "  " + payment.gateway().getLabel()
                        + "  " + money(payment.amount()) + " " + payment.currency() + "  " + payment.status(), TEXT));
            }
            if (invoice.status() != null && "VOID".equals(invoice.status().name())) {
                document.add(new Paragraph("VOID: " + invoice.voidReason(), TITLE));
            }
            footer(document, printedAt);
        });
    }

    public static byte[] receipt(PaymentView payment, InvoiceView invoice, String patientName, Instant printedAt) {
        String title = (payment.kind() == PaymentKind.REFUND ? "REFUND RECEIPT " : "RECEIPT ") + payment.receiptNumber();
        return render(title, document -> {
            header(document, title);
            parties(document, patientName, invoice.mrn(), payment.settledAt(), null, null);
            PdfPTable totals = totalsTable();
            totals.setHorizontalAlignment(Element.ALIGN_LEFT);
            total(totals, payment.kind() == PaymentKind.REFUND ? "Refunded" : "Received", payment.amount(), payment.currency());
            totalText(totals, "Paid by", payment.gateway().getLabel());
            totalText(totals, "Reference", payment.gatewayReference());
            totalText(totals, "On invoice", invoice.number());
            total(totals, "Invoice total (patient)", invoice.patientShare(), invoice.currency());
            total(totals, "Paid so far", invoice.paid(), invoice.currency());
            total(totals, "Still owed", invoice.outstanding(), invoice.currency());
            totalText(totals, "Cashier", payment.requestedBy());
            document.add(totals);
            footer(document, printedAt);
        });
    }

    /** The patient's statement of account: every movement with the running balance, and what is owed in the end. */
    public static byte[] statement(StatementView view) {
        return render("Statement of account " + view.mrn(), document -> {
            header(document, "STATEMENT OF ACCOUNT");
            parties(document, view.patientName(), view.mrn(), view.asOf(), null, null);
            PdfPTable entries = new PdfPTable(new float[] {2.2f, 2.4f, 4.5f, 1.7f, 1.7f, 1.8f});
            entries.setWidthPercentage(100);
            entries.setSpacingBefore(8);
            entries.setHeaderRows(1);
            for (String heading : List.of("Date", "Document", "Description", "Debit", "Credit", "Balance")) {
                entries.addCell(cell(heading, BOLD, Element.ALIGN_LEFT));
            }
            for (AccountStatement.Entry entry : view.statement().entries()) {
                entries.addCell(cell(time(entry.at()), TEXT, Element.ALIGN_LEFT));
                entries.addCell(cell(entry.document(), TEXT, Element.ALIGN_LEFT));
                entries.addCell(cell(entry.description(), TEXT, Element.ALIGN_LEFT));
                entries.addCell(cell(entry.debit().signum() == 0 ? "" : money(entry.debit()), TEXT, Element.ALIGN_RIGHT));
                entries.addCell(cell(entry.credit().signum() == 0 ? "" : money(entry.credit()), TEXT, Element.ALIGN_RIGHT));
                entries.addCell(cell(money(entry.balance()), TEXT, Element.ALIGN_RIGHT));
            }
            document.add(entries);
            PdfPTable totals = totalsTable();
            total(totals, view.statement().balance().signum() < 0 ? "Due to the patient" : "Balance owed", view.statement().balance().abs(),
                    view.currency());
            document.add(totals);
            footer(document, view.asOf());
        });
    }

    private interface Body {
        void write(Document document) throws DocumentException;
    }

    private static byte[] render(String title, Body body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 36, 36, 36, 36);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle(title);
            document.open();
            body.write(document);
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("Could not render " + title, e);
        }
        return out.toByteArray();
    }

    private static void header(Document document, String title) throws DocumentException {
        document.add(new Paragraph(HpmsConfiguration.hospitalName(), HOSPITAL));
        if (!HpmsConfiguration.hospitalAddress().isBlank()) {
            document.add(new Paragraph(HpmsConfiguration.hospitalAddress(), TEXT));
        }
        if (!HpmsConfiguration.hospitalTaxNumber().isBlank()) {
            document.add(new Paragraph("VAT registration " + HpmsConfiguration.hospitalTaxNumber(), TEXT));
        }
        Paragraph heading = new Paragraph(title, TITLE);
        heading.setSpacingBefore(10);
        document.add(heading);
    }

    private static void parties(Document document, String patientName, String mrn, Instant date, String payer, String credited)
            throws DocumentException {
        document.add(new Paragraph("Patient: " + patientName + "  (MRN " + mrn + ")", TEXT));
        document.add(new Paragraph("Date: " + (date == null ? "draft" : time(date)), TEXT));
        if (payer != null) {
            document.add(new Paragraph("Insurer: " + payer, TEXT));
        }
        if (credited != null) {
            document.add(new Paragraph("Credits invoice " + credited, TEXT));
        }
    }

    private static PdfPTable totalsTable() {
        PdfPTable totals = new PdfPTable(new float[] {3, 2});
        totals.setWidthPercentage(50);
        totals.setHorizontalAlignment(Element.ALIGN_RIGHT);
        totals.setSpacingBefore(8);
        return totals;
    }

    private static void total(PdfPTable table, String label, BigDecimal amount, String currency) {
        table.addCell(cell(label, BOLD, Element.ALIGN_LEFT));
        table.addCell(cell(money(amount) + " " + currency, TEXT, Element.ALIGN_RIGHT));
    }

    private static void totalText(PdfPTable table, String label, String value) {
        table.addCell(cell(label, BOLD, Element.ALIGN_LEFT));
        table.addCell(cell(value == null ? "-" : value, TEXT, Element.ALIGN_RIGHT));
    }

    private static PdfPCell cell(String text, Font font, int alignment) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setHorizontalAlignment(alignment);
        cell.setBorder(Rectangle.BOTTOM);
        cell.setBorderColor(Color.LIGHT_GRAY);
        cell.setPadding(3);
        return cell;
    }

    private static void footer(Document document, Instant printedAt) throws DocumentException {
        Paragraph footer = new Paragraph("Printed " + time(printedAt) + ". Confidential: contains personal health information.", SMALL);
        footer.setSpacingBefore(14);
        document.add(footer);
    }

    private static String money(BigDecimal amount) {
        return String.format(java.util.Locale.ROOT, "%,.2f", amount);
    }

    private static String time(Instant instant) {
        return instant == null ? "-" : TIME.format(instant.atZone(HpmsConfiguration.hospitalZone()));
    }
}
