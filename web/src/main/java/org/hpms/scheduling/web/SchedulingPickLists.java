package org.hpms.scheduling.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.hpms.scheduling.application.DoctorView;
import org.hpms.scheduling.application.QueueService;
import org.hpms.scheduling.application.SchedulingDirectory;
import org.hpms.scheduling.application.SpecializationView;
import org.hpms.scheduling.domain.VisitType;

/** The choices of the scheduling screens (doctors, specializations, departments), read once per view. */
@Named
@ViewScoped
public class SchedulingPickLists implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    SchedulingDirectory directory;
    @EJB
    QueueService queue;

    private List<DoctorView> doctors;
    private List<SpecializationView> specializations;
    private List<SpecializationView> currentSpecializations;
    private List<String> departments;

    public List<DoctorView> getDoctors() {
        if (doctors == null) {
            doctors = directory.doctors();
        }
        return doctors;
    }

    /** Every specialization, retired ones included (for administration). */
    public List<SpecializationView> getSpecializations() {
        if (specializations == null) {
            specializations = directory.specializations();
        }
        return specializations;
    }

    /** The specializations open for new bookings. */
    public List<SpecializationView> getCurrentSpecializations() {
        if (currentSpecializations == null) {
            currentSpecializations = getSpecializations().stream().filter(s -> !s.retired()).toList();
        }
        return currentSpecializations;
    }

    public List<String> getDepartments() {
        if (departments == null) {
            departments = queue.departments();
        }
        return departments;
    }

    public VisitType[] getVisitTypes() {
        return VisitType.values();
    }

    /** After an administrator changed the list. */
    void forgetSpecializations() {
        specializations = null;
        currentSpecializations = null;
    }
}
