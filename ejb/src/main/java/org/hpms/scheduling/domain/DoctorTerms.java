package org.hpms.scheduling.domain;

import java.util.Arrays;
import java.util.Locale;

/**
 * What booking and assignment need of a doctor's profile, as values: safe to keep between requests and
 * to share between threads (a profile entity is neither).
 */
public record DoctorTerms(long id, String username, String department, int newVisitMinutes, int followUpMinutes,
                          int dailyCapacity, String languages, boolean active) {

    public int minutesFor(VisitType visitType) {
        return visitType == VisitType.NEW ? newVisitMinutes : followUpMinutes;
    }

    /** True when no language is asked for, or the doctor speaks it. */
    public boolean speaks(String language) {
        return language == null || language.isBlank()
                || Arrays.asList(languages.split(",")).contains(language.strip().toLowerCase(Locale.ROOT));
    }
}
