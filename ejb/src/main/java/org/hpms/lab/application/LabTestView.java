package org.hpms.lab.application;

import java.io.Serializable;
import java.util.List;
import org.hpms.lab.domain.LabTest;

/** A catalogue entry as the order form offers it; a panel lists the codes of its member tests. */
public record LabTestView(String code, String loincCode, String name, boolean panel, String specimenType, String units, String priceCode,
                          int turnaroundMinutes, List<String> members) implements Serializable {

    public static LabTestView of(LabTest test) {
        return new LabTestView(test.getCode(), test.getLoincCode(), test.getName(), test.isPanel(), test.getSpecimenType(), test.getUnits(),
                test.getPriceCode(), test.getTurnaroundMinutes(), test.getMembers().stream().map(LabTest::getCode).toList());
    }

    public String label() {
        return name + " (" + code + ", LOINC " + loincCode + ")";
    }
}
