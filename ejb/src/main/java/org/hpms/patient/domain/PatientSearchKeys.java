package org.hpms.patient.domain;

import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;
import org.hpms.shared.crypto.BlindIndex;
import org.hpms.shared.crypto.SearchNormalizer;

/**
 * The blind-index values a patient is found by. One place computes them for storing and for
 * searching, so that the two can never drift apart.
 */
public final class PatientSearchKeys {

    static final String NAME_PREFIX = "patient.name-prefix";
    static final String PHONE = "patient.phone";
    static final String NATIONAL_ID = "patient.national-id";
    static final String BIRTH_DATE = "patient.birth-date";

    private final BlindIndex index;

    public PatientSearchKeys(BlindIndex index) {
        this.index = index;
    }

    public Set<Long> namePrefixes(String givenName, String familyName) {
        return SearchNormalizer.namePrefixes(givenName, familyName).stream()
                .map(prefix -> index.of(NAME_PREFIX, prefix))
                .collect(Collectors.toSet());
    }

    /**
     * One key per word typed; a patient matches when every word is a prefix of one of their names.
     * Single letters (initials) are left out: they are not indexed as prefixes.
     */
    public Set<Long> nameQuery(String typed) {
        return SearchNormalizer.nameWords(typed).stream()
                .filter(word -> word.length() >= SearchNormalizer.MIN_PREFIX_LENGTH)
                .map(SearchNormalizer::queryPrefix)
                .map(word -> index.of(NAME_PREFIX, word))
                .collect(Collectors.toSet());
    }

    /** Null when the text holds no usable phone number. */
    public Long phone(String text) {
        String normalised = SearchNormalizer.phone(text);
        return normalised.isEmpty() ? null : index.of(PHONE, normalised);
    }

    /** Null when the text holds no national id. */
    public Long nationalId(String text) {
        String normalised = SearchNormalizer.nationalId(text);
        return normalised.isEmpty() ? null : index.of(NATIONAL_ID, normalised);
    }

    public long birthDate(LocalDate date) {
        return index.of(BIRTH_DATE, date.toString());
    }
}
