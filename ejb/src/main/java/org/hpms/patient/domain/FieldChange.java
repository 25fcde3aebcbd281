package org.hpms.patient.domain;

/** One demographic field that an edit changed, with its values before and after (as text). */
public record FieldChange(String field, String oldValue, String newValue) {
}
