package org.hpms.patient.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.List;
import org.hpms.patient.domain.Demographics;
import org.hpms.patient.domain.MaritalStatus;
import org.hpms.patient.domain.Sex;

/** The choices of the demographic pick lists, shared by registration and editing. */
@Named
@ApplicationScoped
public class DemographicsOptions {

    public Sex[] getSexes() {
        return Sex.values();
    }

    public MaritalStatus[] getMaritalStatuses() {
        return MaritalStatus.values();
    }

    public List<String> getBloodGroups() {
        return Demographics.BLOOD_GROUPS;
    }
}
