package org.hpms.clinical.application;

import java.io.Serializable;
import java.util.List;

/** What an order-file import did: counts, and the first rejected lines with their reasons. */
public record Icd10ImportReport(int added, int updated, int unchanged, int rejected, List<String> rejections)
        implements Serializable {
}
