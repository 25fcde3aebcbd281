package org.hpms.lab.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hpms.lab.application.LabOrderRequest;
import org.hpms.lab.application.LabOrderService;
import org.hpms.lab.application.LabOrderView;
import org.hpms.lab.application.LabTestView;
import org.hpms.lab.domain.LabPriority;
import org.hpms.patient.domain.InvalidPatientDataException;
import org.hpms.shared.web.Messages;

/** The lab orders card of the encounter page: what was ordered in this encounter, the order form, cancelling. */
@Named
@ViewScoped
public class EncounterLabOrdersView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "labOrder";

    @EJB
    LabOrderService orders;

    private String encounterId;
    private List<LabOrderView> placed;
    private List<LabTestView> catalogue;
    private LabOrderRequest request = new LabOrderRequest();
    private final Map<String, String> reasons = new HashMap<>();

    public void load(String id) {
        if (placed == null && id != null) {
            try {
                encounterId = id;
                placed = orders.ofEncounter(id);
                catalogue = orders.catalogue();
            } catch (InvalidPatientDataException e) {
                placed = List.of(); // the encounter page explains
                catalogue = List.of();
            }
        }
    }

    public void place() {
        try {
            List<LabOrderView> sent = orders.place(encounterId, request);
            Messages.info("Sent to the laboratory: " + String.join(", ", sent.stream()
                    .map(o -> o.testCode() + " (" + o.placerOrderNumber() + ")").toList()));
            request = new LabOrderRequest();
            placed = orders.ofEncounter(encounterId);
        } catch (InvalidPatientDataException e) {
            Messages.onFields(FORM, e.getFieldErrors());
        }
    }

    public void cancel(LabOrderView order) {
        try {
            orders.cancel(order.placerOrderNumber(), reasons.get(order.placerOrderNumber()));
            Messages.info("Order " + order.placerOrderNumber() + " cancelled; the laboratory was told");
            placed = orders.ofEncounter(encounterId);
        } catch (InvalidPatientDataException e) {
            Messages.errors(e.getFieldErrors());
        }
    }

    public List<LabOrderView> getPlaced() {
        return placed;
    }

    public List<LabTestView> getCatalogue() {
        return catalogue;
    }

    public LabOrderRequest getRequest() {
        return request;
    }

    public LabPriority[] getPriorities() {
        return LabPriority.values();
    }

    public Map<String, String> getReasons() {
        return reasons;
    }
}
