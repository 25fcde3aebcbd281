package org.hpms.patient.application;

import java.io.Serializable;
import java.util.List;

/** One page of search results and the total number of matches. */
public record PatientSearchPage(List<PatientSummary> rows, long total) implements Serializable {
}
