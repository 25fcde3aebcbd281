package org.hpms.lab.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hpms.lab.application.LabMessageQueries;
import org.hpms.lab.application.LabMessageView;
import org.hpms.lab.application.LabResultWorklist;
import org.hpms.lab.domain.LabMessageStatus;
import org.hpms.patient.domain.InvalidPatientDataException;
import org.hpms.patient.domain.UnknownPatientException;
import org.hpms.shared.web.Messages;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** The laboratories' messages, parked ones first: what a lab technician checks every morning, and links or rejects. */
@Named
@ViewScoped
public class LabMessagesView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    LabMessageQueries queries;

    @EJB
    LabResultWorklist worklist;

    /**
     * What is typed in each unmatched row: the MRN (and, when the result names no order of ours, the
     * order number or the reviewing doctor) to link it to, or the reason to reject it.
     */
    private final Map<Long, String> mrns = new HashMap<>();
    private final Map<Long, String> orderNumbers = new HashMap<>();
    private final Map<Long, String> reviewers = new HashMap<>();
    private final Map<Long, String> reasons = new HashMap<>();

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

    public void link(long messageId) {
        try {
            worklist.link(messageId, mrns.get(messageId), orderNumbers.get(messageId), reviewers.get(messageId));
            Messages.info("Linked: the result is on the patient's record");
        } catch (InvalidPatientDataException e) {
            Messages.errors(e.getFieldErrors());
        } catch (UnknownPatientException e) {
            Messages.error("No patient has this medical record number");
        }
    }

    public void reject(long messageId) {
        try {
            worklist.reject(messageId, reasons.get(messageId));
            Messages.info("Rejected: the message stays, marked with your reason");
        } catch (InvalidPatientDataException e) {
            Messages.errors(e.getFieldErrors());
        }
    }

    public Map<Long, String> getMrns() {
        return mrns;
    }

    public Map<Long, String> getOrderNumbers() {
        return orderNumbers;
    }

    public Map<Long, String> getReviewers() {
        return reviewers;
    }

    public Map<Long, String> getReasons() {
        return reasons;
    }

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
