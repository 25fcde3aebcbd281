package org.hpms.clinical.web;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import org.hpms.clinical.application.DocumentFile;
import org.hpms.clinical.application.DocumentService;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/** Opens an attached document as a download; the service checks the role and audits the opening. */
@Named
@RequestScoped
public class DocumentDownloads {

    @EJB
    DocumentService documents;

    public StreamedContent download(String documentId) {
        DocumentFile file = documents.open(documentId);
        return DefaultStreamedContent.builder().name(file.fileName()).contentType(file.contentType())
                .contentLength((long) file.content().length).stream(() -> new ByteArrayInputStream(file.content())).build();
    }
}
