package org.hpms.patient.application;

/** A patient's photograph, decrypted. */
public record PhotoFile(String contentType, byte[] content) {
}
