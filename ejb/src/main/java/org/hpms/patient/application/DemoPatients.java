package org.hpms.patient.application;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import org.hpms.patient.domain.Demographics;
import org.hpms.patient.domain.Sex;
import org.hpms.security.Roles;
import org.hpms.shared.config.HpmsConfiguration;

/** In demo mode, registers a handful of sample patients once, through the real registration service. */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@RunAs(Roles.ADMIN)
public class DemoPatients {

    @PersistenceContext
    EntityManager em;

    @EJB
    PatientRegistrationService registration;

    @PostConstruct
    void registerSamples() {
        if (!HpmsConfiguration.demoMode()
                || em.createQuery("SELECT COUNT(p) FROM Patient p", Long.class).getSingleResult() > 0) {
            return;
        }
        register("Ayesha", "Siddiqua", Sex.FEMALE, LocalDate.of(1986, 3, 14), "+880 1711-234567", "1986269123456", "House 12, Road 5, Dhanmondi, Dhaka");
        register("Mohammad", "Karim", Sex.MALE, LocalDate.of(1958, 11, 2), "01819-556677", "1958269777001", "Agrabad C/A, Chattogram");
        register("José", "Núñez", Sex.MALE, LocalDate.of(1979, 7, 30), "+34 612 345 678", "X1234567L", "Calle Mayor 3, Madrid");
        register("Søren", "Kierkegaard", Sex.MALE, LocalDate.of(1991, 5, 5), "+45 20 12 34 56", null, "Nørrebrogade 1, København");
        register("Fatema", "Begum", Sex.FEMALE, LocalDate.of(2019, 1, 20), "01555-123123", null, "Sylhet Sadar, Sylhet");
        register("Rahim", "Uddin", Sex.MALE, LocalDate.of(1944, 12, 16), "01912-000111", "1944269000222", "Khulna");
        register("Nusrat", "Jahan", Sex.FEMALE, LocalDate.of(2001, 9, 9), "01678-909090", "2001269555666", "Rajshahi");
        register("Zoë", "Lefèvre", Sex.FEMALE, LocalDate.of(1968, 2, 29), "+33 6 12 34 56 78", "FR-68-0229", "12 rue de Rivoli, Paris");
    }

    private void register(String given, String family, Sex sex, LocalDate born, String phone, String nationalId, String address) {
        Demographics demographics = new Demographics();
        demographics.setGivenName(given);
        demographics.setFamilyName(family);
        demographics.setSex(sex);
        demographics.setBirthDate(born);
        demographics.setPhone(phone);
        demographics.setNationalId(nationalId);
        demographics.setAddress(address);
        registration.register(demographics);
    }
}
