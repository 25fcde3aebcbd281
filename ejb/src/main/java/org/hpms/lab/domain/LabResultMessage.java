package org.hpms.lab.domain;

import java.util.List;

/**
 * One result message as the laboratory sent it: who sent it, which message it is (the control id,
 * unique per sender, is what makes a second delivery recognisable), the patient as the lab knows
 * them and the orders it reports on.
 */
public record LabResultMessage(String controlId, String version, String sendingApplication, String sendingFacility,
                               LabPatient patient, List<LabOrderResult> orders) {

    public LabResultMessage {
        orders = List.copyOf(orders);
    }

    public int observationCount() {
        return orders.stream().mapToInt(order -> order.observations().size()).sum();
    }
}
