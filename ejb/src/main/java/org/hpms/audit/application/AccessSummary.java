package org.hpms.audit.application;

import java.io.Serializable;
import java.time.Instant;

/**
 * One line of a privacy report: who (or which patient), how many accesses, first and last.
 * {@code subject} is a user name in the per-patient report and an MRN in the per-user report.
 */
public record AccessSummary(String subject, long accesses, Instant first, Instant last) implements Serializable {
}
