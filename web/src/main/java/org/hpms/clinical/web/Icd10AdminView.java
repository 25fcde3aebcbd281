package org.hpms.clinical.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;
import org.hpms.clinical.application.Icd10CatalogueService;
import org.hpms.clinical.application.Icd10ImportReport;
import org.hpms.clinical.domain.Icd10Code;
import org.hpms.shared.web.Messages;
import org.primefaces.event.FileUploadEvent;

/** Admin screen of the ICD-10 catalogue: look codes up, import a new order file. */
@Named
@ViewScoped
public class Icd10AdminView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    Icd10CatalogueService catalogue;

    private String query;
    private List<Icd10Code> results;
    private Icd10ImportReport report;

    public void search() {
        results = catalogue.search(query, Icd10CatalogueService.MAX_RESULTS);
    }

    public void upload(FileUploadEvent event) throws IOException {
        try (InputStream file = event.getFile().getInputStream()) {
            report = catalogue.importOrderFile(file);
        }
        Messages.info("Imported " + event.getFile().getFileName() + ": " + report.added() + " added, " + report.updated()
                + " updated, " + report.unchanged() + " unchanged, " + report.rejected() + " rejected");
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }

    public List<Icd10Code> getResults() {
        return results;
    }

    public Icd10ImportReport getReport() {
        return report;
    }
}
