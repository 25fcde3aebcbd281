package org.hpms.lab.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.hpms.lab.application.LabMessageQueries;
import org.hpms.lab.application.LabMessageView;
import org.hpms.lab.domain.LabMessageStatus;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** The laboratories' messages, parked ones first: what a lab technician checks every morning. */
@Named
@ViewScoped
public class LabMessagesView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    LabMessageQueries queries;

    private LabMessageStatus status = LabMessageStatus.PARKED;

    private final LazyDataModel<LabMessageView> messages = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) Math.min(Integer.MAX_VALUE, queries.count(status));
        }

        @Override
        public List<LabMessageView> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return queries.find(status, first, pageSize);
        }

        @Override
        public String getRowKey(LabMessageView message) {
            return Long.toString(message.id());
        }

        @Override
        public LabMessageView getRowData(String rowKey) {
            return null;
        }
    };

    public LazyDataModel<LabMessageView> getMessages() {
        return messages;
    }

    public LabMessageStatus[] getStatuses() {
        return LabMessageStatus.values();
    }

    public LabMessageStatus getStatus() {
        return status;
    }

    public void setStatus(LabMessageStatus status) {
        this.status = status;
    }
}
