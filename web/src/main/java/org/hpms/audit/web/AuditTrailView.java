package org.hpms.audit.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.hpms.audit.application.AuditTrailQueryService;
import org.hpms.audit.domain.AuditEvent;
import org.hpms.audit.domain.ChainVerification;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** The audit trail, filtered by patient MRN or user, with an on-demand chain check. */
@Named
@ViewScoped
public class AuditTrailView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    AuditTrailQueryService auditTrail;

    private String patientMrn;
    private String username;
    private ChainVerification verification;

    private final LazyDataModel<AuditEvent> events = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) Math.min(Integer.MAX_VALUE, auditTrail.count(patientMrn, username));
        }

        @Override
        public List<AuditEvent> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return auditTrail.find(patientMrn, username, first, pageSize);
        }

        @Override
        public String getRowKey(AuditEvent event) {
            return Long.toString(event.getSequence());
        }

        @Override
        public AuditEvent getRowData(String rowKey) {
            return null;
        }
    };

    public void verify() {
        verification = auditTrail.verifyChain();
    }

    public LazyDataModel<AuditEvent> getEvents() {
        return events;
    }

    public ChainVerification getVerification() {
        return verification;
    }

    public String getPatientMrn() {
        return patientMrn;
    }

    public void setPatientMrn(String patientMrn) {
        this.patientMrn = patientMrn;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }
}
