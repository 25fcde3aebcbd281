package org.hpms.patient.domain;

import jakarta.ejb.ApplicationException;

/** A request names a medical record number that no patient has. */
@ApplicationException(rollback = true)
public class UnknownPatientException extends RuntimeException {
    public UnknownPatientException() {
        super("No patient has this medical record number");
    }
}
