package org.hpms.it.support;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.hpms.lab.domain.LabOrderResulted;

/** Stands where billing will stand: records every LabOrderResulted the lab fires, for the tests to read. */
@ApplicationScoped
public class LabOrderResultedRecorder {

    private static final List<LabOrderResulted> RECORDED = new CopyOnWriteArrayList<>();

    void record(@Observes LabOrderResulted event) {
        RECORDED.add(event);
    }

    public static List<LabOrderResulted> of(String placerOrderNumber) {
        return RECORDED.stream().filter(e -> e.placerOrderNumber().equals(placerOrderNumber)).toList();
    }
}
