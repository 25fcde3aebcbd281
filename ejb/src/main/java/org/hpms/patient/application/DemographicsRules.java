package org.hpms.patient.application;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import org.hpms.patient.domain.Demographics;

/** The one check of demographics, for registration and for edits: field name to reason. */
final class DemographicsRules {

    private DemographicsRules() {
    }

    static Map<String, String> problems(Validator validator, Demographics demographics) {
        Map<String, String> problems = new TreeMap<>();
        if (demographics == null) {
            problems.put("demographics", "Patient data is required");
            return problems;
        }
        for (ConstraintViolation<Demographics> violation : validator.validate(demographics)) {
            problems.putIfAbsent(violation.getPropertyPath().toString(), violation.getMessage());
        }
        LocalDate birthDate = demographics.getBirthDate();
        if (birthDate != null && birthDate.isBefore(Demographics.earliestBirthDate(LocalDate.now()))) {
            problems.putIfAbsent("birthDate", "Date of birth is more than 130 years ago");
        }
        demographics.crossFieldProblems().forEach(problems::putIfAbsent);
        return problems;
    }
}
