package org.hpms.lab.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hpms.lab.application.LabOrderService;
import org.hpms.lab.application.LabOrderView;
import org.hpms.patient.domain.InvalidPatientDataException;
import org.hpms.shared.web.Messages;

/** The collection worklist: orders whose specimen is still to be taken (stat first); the accession number is scanned or typed per row. */
@Named
@ViewScoped
public class SpecimenCollectionView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int ROWS = 200;

    @EJB
    LabOrderService orders;

    private List<LabOrderView> waiting;
    private final Map<String, String> accessions = new HashMap<>();

    public void load() {
        if (waiting == null) {
            waiting = orders.awaitingCollection(ROWS);
        }
    }

    public void collect(LabOrderView order) {
        try {
            orders.collect(order.placerOrderNumber(), accessions.get(order.placerOrderNumber()));
            Messages.info("Specimen for " + order.testCode() + " (" + order.placerOrderNumber() + ") collected");
            accessions.remove(order.placerOrderNumber());
            waiting = orders.awaitingCollection(ROWS);
        } catch (InvalidPatientDataException e) {
            Messages.errors(e.getFieldErrors());
        }
    }

    public List<LabOrderView> getWaiting() {
        return waiting;
    }

    public Map<String, String> getAccessions() {
        return accessions;
    }
}
