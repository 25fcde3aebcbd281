package org.hpms.scheduling.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.hpms.scheduling.domain.DoctorProfile;
import org.hpms.scheduling.domain.Specialization;
import org.hpms.security.Roles;
import org.hpms.staff.application.StaffDirectory;

/** Who can be booked and for what: the pick lists of the scheduling screens. No patient data. */
@Stateless
@RolesAllowed({Roles.RECEPTIONIST, Roles.ADMIN, Roles.DOCTOR, Roles.NURSE, Roles.BILLING, Roles.LAB_TECH})
public class SchedulingDirectory {

    @PersistenceContext
    EntityManager em;

    @EJB
    StaffDirectory staff;

    /** Every specialization, current ones first, by name. */
    public List<SpecializationView> specializations() {
        return em.createQuery("SELECT s FROM Specialization s ORDER BY s.retired, s.name", Specialization.class).getResultStream()
                .map(s -> new SpecializationView(s.getCode(), s.getName(), s.isRetired())).toList();
    }

    /** Active doctors with a profile, by name. */
    public List<DoctorView> doctors() {
        Map<String, String> names = staff.withRole(Roles.DOCTOR).stream()
                .collect(Collectors.toMap(StaffDirectory.Member::username, StaffDirectory.Member::fullName));
        return em.createQuery("SELECT DISTINCT d FROM DoctorProfile d LEFT JOIN FETCH d.specializations WHERE d.active = true",
                        DoctorProfile.class).getResultStream()
                .map(d -> DoctorView.of(d, names.getOrDefault(d.getUsername(), d.getUsername())))
                .sorted(Comparator.comparing(DoctorView::name)).toList();
    }
}
