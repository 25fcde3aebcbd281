package org.hpms.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.hpms.it.support.Deployments;
import org.hpms.it.support.PatientFixtures;
import org.hpms.it.support.Staff;
import org.hpms.patient.application.PatientDetails;
import org.hpms.patient.application.PatientQueryService;
import org.hpms.patient.application.PatientRegistrationService;
import org.hpms.patient.application.PatientSearchCriteria;
import org.hpms.patient.application.PatientSummary;
import org.hpms.patient.domain.Demographics;
import org.hpms.patient.domain.DuplicatePatientException;
import org.hpms.patient.domain.InvalidPatientDataException;
import org.hpms.patient.domain.MedicalRecordNumber;
import org.hpms.patient.domain.Sex;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Registration and search through the real services, database and keys. */
@ExtendWith(ArquillianExtension.class)
class PatientRegistrationIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.applicationWithTests(PatientRegistrationIT.class);
    }

    @EJB(lookup = "java:global/hpms/hpms-ejb/PatientRegistrationService")
    PatientRegistrationService registration;

    @EJB(lookup = "java:global/hpms/hpms-ejb/PatientQueryService")
    PatientQueryService patients;

    @Test
    void registeredPatientIsFoundByEveryCriterionAndReadBack() throws Exception {
        String family = PatientFixtures.uniqueWord("Núñez");
        Demographics demographics = PatientFixtures.demographics("José María", family);
        demographics.setPhone("+880 1711-" + PatientFixtures.uniqueDigits(6));
        demographics.setNationalId(PatientFixtures.uniqueNationalId());
        demographics.setBirthDate(LocalDate.of(1979, 7, 30));

        MedicalRecordNumber mrn = Staff.as(Staff.RECEPTIONIST, () -> registration.register(demographics));
        assertTrue(MedicalRecordNumber.isValid(mrn.value()));

        Optional<PatientDetails> read = Staff.as(Staff.DOCTOR, () -> patients.findByMrn(mrn.value()));
        assertTrue(read.isPresent());
        assertEquals("José María", read.get().givenName());
        assertEquals(family, read.get().familyName());
        assertEquals(demographics.getNationalId(), read.get().nationalId());
        assertEquals(LocalDate.of(1979, 7, 30), read.get().birthDate());

        // Name: prefixes, any order, case and diacritics ignored.
        String folded = PatientFixtures.fold(family);
        assertEquals(List.of(mrn.value()), mrnsFound(PatientSearchCriteria.byName(folded.substring(0, 6).toUpperCase() + " jos")));
        assertEquals(List.of(mrn.value()), mrnsFound(PatientSearchCriteria.byName("maria " + family)));
        // MRN exact, typed with a dash.
        String typedMrn = mrn.value().substring(0, 4) + "-" + mrn.value().substring(4);
        assertEquals(List.of(mrn.value()), mrnsFound(new PatientSearchCriteria(typedMrn, null, null, null, null)));
        // Phone in another notation: local instead of international.
        String localPhone = "01711" + demographics.getPhone().substring(demographics.getPhone().length() - 6);
        assertEquals(List.of(mrn.value()), mrnsFound(new PatientSearchCriteria(null, null, localPhone, null, null)));
        // Date of birth combined with a name prefix.
        assertEquals(List.of(mrn.value()), mrnsFound(new PatientSearchCriteria(null, family.substring(0, 8), null,
                LocalDate.of(1979, 7, 30), null)));
        // Same name prefix, other date of birth: nothing.
        assertEquals(List.of(), mrnsFound(new PatientSearchCriteria(null, family, null, LocalDate.of(1980, 1, 1), null)));
        assertEquals(1L, Staff.as(Staff.NURSE, () -> patients.count(PatientSearchCriteria.byName(family))));
    }

    @Test
    void duplicateNationalIdIsRefusedWithTheExistingMrn() throws Exception {
        String nationalId = PatientFixtures.uniqueNationalId();
        Demographics first = PatientFixtures.demographics("Ayesha", PatientFixtures.uniqueWord("Siddiqua"));
        first.setNationalId(nationalId);
        MedicalRecordNumber existing = Staff.as(Staff.RECEPTIONIST, () -> registration.register(first));

        Demographics second = PatientFixtures.demographics("Ayesha", PatientFixtures.uniqueWord("Other"));
        second.setNationalId(" " + nationalId.toLowerCase() + " "); // same id, typed differently
        DuplicatePatientException duplicate = assertThrows(DuplicatePatientException.class,
                () -> Staff.as(Staff.RECEPTIONIST, () -> registration.register(second)));
        assertEquals(existing, duplicate.getExistingMrn());
        assertEquals(0L, Staff.as(Staff.DOCTOR, () -> patients.count(PatientSearchCriteria.byName(second.getFamilyName()))));
    }

    @Test
    void likelyDuplicatesAreFoundBySimilarNameAndBirthDateOrByPhone() throws Exception {
        String family = PatientFixtures.uniqueWord("Karim");
        Demographics registered = PatientFixtures.demographics("Mohammad", family);
        registered.setBirthDate(LocalDate.of(1958, 11, 3));
        MedicalRecordNumber mrn = Staff.as(Staff.RECEPTIONIST, () -> registration.register(registered));

        Demographics spellingVariant = PatientFixtures.demographics("Mohamad", family);
        spellingVariant.setBirthDate(LocalDate.of(1958, 11, 3));
        assertTrue(likelyDuplicateMrns(spellingVariant).contains(mrn.value()), "same birth date, similar name");

        Demographics namesSwapped = PatientFixtures.demographics(family, "Mohammad");
        namesSwapped.setBirthDate(LocalDate.of(1958, 11, 3));
        assertTrue(likelyDuplicateMrns(namesSwapped).contains(mrn.value()), "given and family name swapped");

        Demographics otherBirthDate = PatientFixtures.demographics("Mohammad", family);
        otherBirthDate.setBirthDate(LocalDate.of(1958, 11, 4));
        assertFalse(likelyDuplicateMrns(otherBirthDate).contains(mrn.value()), "similar name alone is no duplicate");

        Demographics samePhone = PatientFixtures.demographics("Someone", PatientFixtures.uniqueWord("Else"));
        samePhone.setPhone("+88" + registered.getPhone());
        assertEquals(List.of(mrn.value()), likelyDuplicateMrns(samePhone), "same phone in another notation");

        assertThrows(jakarta.ejb.EJBAccessException.class,
                () -> Staff.as(Staff.DOCTOR, () -> registration.findLikelyDuplicates(samePhone)));
    }

    private List<String> likelyDuplicateMrns(Demographics demographics) throws Exception {
        return Staff.as(Staff.RECEPTIONIST, () -> registration.findLikelyDuplicates(demographics)).stream()
                .map(PatientSummary::mrn).toList();
    }

    @Test
    void concurrentRegistrationsOfOneNationalIdCreateExactlyOnePatient() throws Exception {
        String nationalId = PatientFixtures.uniqueNationalId();
        String family = PatientFixtures.uniqueWord("Race");
        int attempts = 8;
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(attempts);
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        List<java.util.concurrent.Future<String>> outcomes = new java.util.ArrayList<>();
        for (int i = 0; i < attempts; i++) {
            outcomes.add(pool.submit(() -> {
                Demographics demographics = PatientFixtures.demographics("Same", family);
                demographics.setNationalId(nationalId);
                start.await();
                try {
                    Staff.as(Staff.RECEPTIONIST, () -> registration.register(demographics));
                    return "registered";
                } catch (DuplicatePatientException e) {
                    return "duplicate";
                }
            }));
        }
        start.countDown();
        List<String> results = new java.util.ArrayList<>();
        for (java.util.concurrent.Future<String> outcome : outcomes) {
            results.add(outcome.get(60, java.util.concurrent.TimeUnit.SECONDS));
        }
        pool.shutdown();
        assertEquals(1, results.stream().filter("registered"::equals).count(), results.toString());
        assertEquals(attempts - 1, results.stream().filter("duplicate"::equals).count(), results.toString());
        assertEquals(1L, Staff.as(Staff.DOCTOR, () -> patients.count(PatientSearchCriteria.byName(family))));
    }

    @Test
    void invalidRegistrationNamesEachBadFieldAndSavesNothing() throws Exception {
        String family = PatientFixtures.uniqueWord("Invalid");
        Demographics bad = PatientFixtures.demographics("", family);
        bad.setSex(null);
        bad.setBirthDate(LocalDate.now().plusDays(3));
        bad.setPhone("call me maybe");
        bad.setAddress("x".repeat(501));

        InvalidPatientDataException invalid = assertThrows(InvalidPatientDataException.class,
                () -> Staff.as(Staff.RECEPTIONIST, () -> registration.register(bad)));
        assertEquals(List.of("address", "birthDate", "givenName", "phone", "sex"),
                invalid.getFieldErrors().keySet().stream().sorted().toList());
        assertEquals(0L, Staff.as(Staff.DOCTOR, () -> patients.count(PatientSearchCriteria.byName(family))));
    }

    @Test
    void scriptInNameIsStoredVerbatim() throws Exception {
        Demographics demographics = PatientFixtures.demographics("<script>alert('x')</script>", PatientFixtures.uniqueWord("Xss"));
        MedicalRecordNumber mrn = Staff.as(Staff.RECEPTIONIST, () -> registration.register(demographics));
        PatientDetails read = Staff.as(Staff.NURSE, () -> patients.findByMrn(mrn.value())).orElseThrow();
        assertEquals("<script>alert('x')</script>", read.givenName());
    }

    @Test
    void badSearchInputIsExplained() throws Exception {
        InvalidPatientDataException invalid = assertThrows(InvalidPatientDataException.class,
                () -> Staff.as(Staff.RECEPTIONIST, () -> patients.search(
                        new PatientSearchCriteria("123456789", "a", "12", null, null), 0, 20)));
        assertEquals(List.of("mrn", "name", "phone"), invalid.getFieldErrors().keySet().stream().sorted().toList());
        assertFalse(Staff.as(Staff.DOCTOR, () -> patients.findByMrn("100000000")).isPresent());
    }

    private List<String> mrnsFound(PatientSearchCriteria criteria) throws Exception {
        return Staff.as(Staff.RECEPTIONIST, () -> patients.search(criteria, 0, 50)).stream().map(PatientSummary::mrn).toList();
    }

}
