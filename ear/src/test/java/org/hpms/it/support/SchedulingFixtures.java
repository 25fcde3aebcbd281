package org.hpms.it.support;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import org.hpms.scheduling.application.SchedulingAdminService;
import org.hpms.scheduling.domain.WeeklySession;

/** Doctors' time for scheduling tests (call as an administrator). */
public final class SchedulingFixtures {

    private SchedulingFixtures() {
    }

    /** A weekly template with the same session on all seven days, from {@code effectiveFrom} on. */
    public static void worksEveryDay(SchedulingAdminService admin, String doctor, LocalTime start, LocalTime end, String room,
                                     LocalDate effectiveFrom) {
        for (DayOfWeek day : DayOfWeek.values()) {
            admin.addWorkingHours(doctor, new WeeklySession(day, start, end, room, effectiveFrom, null));
        }
    }
}
