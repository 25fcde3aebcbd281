package org.hpms.lab.application;

import java.io.Serializable;
import java.util.List;

/** A report with its observations, and the reports it superseded (newest first), each with theirs. */
public record LabReportDetails(LabReportView report, List<LabObservationView> observations, List<LabReportDetails> earlier)
        implements Serializable {
}
