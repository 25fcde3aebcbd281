package org.hpms.patient.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.hpms.patient.application.PatientQueryService;
import org.hpms.patient.application.PatientSearchCriteria;
import org.hpms.patient.application.PatientSummary;
import org.hpms.patient.domain.InvalidPatientDataException;
import org.hpms.shared.web.Messages;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * Patient search with a lazily paged result table: only the visible page is fetched and decrypted.
 * What was typed travels in the view state or the flash, never in the URL (names are PHI).
 */
@Named
@ViewScoped
public class PatientSearchView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FLASH_NAME = "patientSearch.name";
    static final String FORM_ID = "search";

    @EJB
    PatientQueryService patients;

    private String mrn;
    private String name;
    private String phone;
    private LocalDate birthDate;
    private String nationalId;
    private PatientSearchCriteria criteria;
    private long matches;
    private final LazyDataModel<PatientSummary> results = new Results();

    @PostConstruct
    void takeOverQuickSearch() {
        Object fromHome = FacesContext.getCurrentInstance().getExternalContext().getFlash().get(FLASH_NAME);
        if (fromHome instanceof String typed && !typed.isBlank()) {
            name = typed;
            search();
        }
    }

    /** The home page's quick search: carries the name over to the search page. */
    public String searchFromHome() {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().put(FLASH_NAME, name);
        return "/patients/search?faces-redirect=true";
    }

    public void search() {
        PatientSearchCriteria candidate = new PatientSearchCriteria(mrn, name, phone, birthDate, nationalId);
        try {
            matches = patients.count(candidate); // also validates the criteria before the table asks for rows
            criteria = candidate;
        } catch (InvalidPatientDataException e) {
            criteria = null;
            e.getFieldErrors().forEach((field, reason) -> {
                if ("criteria".equals(field)) {
                    Messages.error(reason);
                } else {
                    Messages.fieldError(FORM_ID + ":" + field, reason);
                }
            });
        }
    }

    /**
     * Runs before the PrimeFaces exporter writes the file: the service refuses roles that may not
     * export (the request then fails and no file is written) and audits the export.
     */
    public void authoriseExport(String format) {
        patients.authoriseExport(criteria, results.getWrappedData() == null ? 0 : results.getWrappedData().size(), format);
    }

    public boolean isSearched() {
        return criteria != null;
    }

    public LazyDataModel<PatientSummary> getResults() {
        return results;
    }

    private final class Results extends LazyDataModel<PatientSummary> {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            // Counted once per search (in search()); paging through the result does not count again.
            return criteria == null ? 0 : (int) Math.min(Integer.MAX_VALUE, matches);
        }

        @Override
        public List<PatientSummary> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return criteria == null ? List.of() : patients.search(criteria, first, pageSize);
        }

        @Override
        public String getRowKey(PatientSummary row) {
            return row.mrn();
        }

        @Override
        public PatientSummary getRowData(String rowKey) {
            return getWrappedData() == null ? null
                    : getWrappedData().stream().filter(row -> row.mrn().equals(rowKey)).findFirst().orElse(null);
        }
    }

    public String getMrn() {
        return mrn;
    }

    public void setMrn(String mrn) {
        this.mrn = mrn;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public void setBirthDate(LocalDate birthDate) {
        this.birthDate = birthDate;
    }

    public String getNationalId() {
        return nationalId;
    }

    public void setNationalId(String nationalId) {
        this.nationalId = nationalId;
    }
}
