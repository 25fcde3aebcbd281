package org.hpms.it.support;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.hpms.lab.domain.LabOrderResulted;
import org.hpms.lab.domain.LabOrdersResulted;

/** Listens as billing does: records every order the lab announces as resulted (LabOrdersResulted), for the tests to read. */
@ApplicationScoped
public class LabOrderResultedRecorder {

    private static final List<LabOrderResulted> RECORDED = new CopyOnWriteArrayList<>();

    void record(@Observes LabOrdersResulted event) {
        RECORDED.addAll(event.orders());
    }

    public static List<LabOrderResulted> of(String placerOrderNumber) {
        return RECORDED.stream().filter(e -> e.placerOrderNumber().equals(placerOrderNumber)).toList();
    }
}
