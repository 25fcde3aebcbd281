package org.hpms.scheduling.application;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.hpms.scheduling.domain.DoctorProfile;
import org.hpms.scheduling.domain.WeeklySession;
import org.hpms.scheduling.domain.WorkingHours;
import org.hpms.shared.config.HpmsConfiguration;

/**
 * In demo mode, makes the demo doctor bookable once: general medicine and endocrinology, outpatient
 * room 4, Sunday to Thursday 09:00-13:00 and 14:00-17:00 (a Bangladeshi working week).
 */
@Singleton
@Startup
@DependsOn("StaffBootstrap")
public class DemoSchedule {

    static final String DOCTOR = "dr.rahman";

    @PersistenceContext
    EntityManager em;

    @PostConstruct
    void makeDemoDoctorBookable() {
        if (!HpmsConfiguration.demoMode()
                || em.createQuery("SELECT COUNT(s) FROM StaffUser s WHERE s.username = :u", Long.class)
                .setParameter("u", DOCTOR).getSingleResult() == 0
                || em.createQuery("SELECT COUNT(d) FROM DoctorProfile d WHERE d.username = :u", Long.class)
                .setParameter("u", DOCTOR).getSingleResult() > 0) {
            return;
        }
        DoctorProfile profile = new DoctorProfile(DOCTOR);
        profile.describe("Medicine", 20, 10, 24, List.of("bengali", "english"), List.of("GENERAL_MEDICINE", "ENDOCRINOLOGY"));
        em.persist(profile);
        LocalDate from = LocalDate.now(HpmsConfiguration.hospitalZone()).minusDays(1);
        for (DayOfWeek day : List.of(DayOfWeek.SUNDAY, DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY)) {
            em.persist(new WorkingHours(profile, new WeeklySession(day, LocalTime.of(9, 0), LocalTime.of(13, 0), "OPD 4", from, null)));
            em.persist(new WorkingHours(profile, new WeeklySession(day, LocalTime.of(14, 0), LocalTime.of(17, 0), "OPD 4", from, null)));
        }
    }
}
