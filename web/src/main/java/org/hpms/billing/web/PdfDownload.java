package org.hpms.billing.web;

import java.io.ByteArrayInputStream;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/** A rendered PDF (invoice, receipt, statement) handed to the browser as a download. */
final class PdfDownload {

    private PdfDownload() {
    }

    static StreamedContent of(byte[] pdf, String fileName) {
        return DefaultStreamedContent.builder().name(fileName).contentType("application/pdf").contentLength((long) pdf.length)
                .stream(() -> new ByteArrayInputStream(pdf)).build();
    }
}
