package org.hpms.lab.domain;

import java.time.LocalDate;

/**
 * The patient as a result message names them: the medical record number from PID-3 (the identifier
 * of type MR), and the demographics a strict match needs when there is no MRN we know.
 */
public record LabPatient(String mrn, String familyName, String givenName, LocalDate birthDate, String sex) {
}
