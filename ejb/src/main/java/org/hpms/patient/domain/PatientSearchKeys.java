package org.hpms.patient.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
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

    /**
     * The keys a likely duplicate shares: the first four letters of the first family-name word and the
     * first two of the first given-name word, so spelling variants further on ("Mohammad" and
     * "Mohamad Karim") still meet. Empty when a name is missing.
     */
    public Set<Long> similarNameKeys(String givenName, String familyName) {
        List<String> given = SearchNormalizer.nameWords(givenName);
        List<String> family = SearchNormalizer.nameWords(familyName);
        if (given.isEmpty() || family.isEmpty()) {
            return Set.of();
        }
        return Stream.of(shortPrefix(family.get(0), 4), shortPrefix(given.get(0), 2))
                .map(prefix -> index.of(NAME_PREFIX, prefix))
                .collect(Collectors.toSet());
    }

    private static String shortPrefix(String word, int length) {
        return word.length() <= length ? SearchNormalizer.queryPrefix(word) : word.substring(0, length);
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
