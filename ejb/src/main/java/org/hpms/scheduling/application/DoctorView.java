package org.hpms.scheduling.application;

import java.io.Serializable;
import java.util.List;
import org.hpms.scheduling.domain.DoctorProfile;

/** A bookable doctor as pick lists and the admin screen show them. */
public record DoctorView(String username, String name, String department, List<String> specializations, int newVisitMinutes,
                         int followUpMinutes, int dailyCapacity, String languages) implements Serializable {

    static DoctorView of(DoctorProfile profile, String name) {
        return new DoctorView(profile.getUsername(), name, profile.getDepartment(), List.copyOf(profile.getSpecializations()),
                profile.getNewVisitMinutes(), profile.getFollowUpMinutes(), profile.getDailyCapacity(), profile.getLanguages());
    }

    public String label() {
        return name + " (" + department + ")";
    }
}
