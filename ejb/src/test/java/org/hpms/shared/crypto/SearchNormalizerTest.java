package org.hpms.shared.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SearchNormalizerTest {

    @Test
    void namesFoldCaseDiacriticsAndPunctuation() {
        assertEquals(List.of("jose", "maria", "nunez"), SearchNormalizer.nameWords("  JOSÉ-María  Núñez "));
        assertEquals(List.of("soren", "kierkegaard"), SearchNormalizer.nameWords("Søren Kierkegaard"));
        assertEquals(List.of("strasse"), SearchNormalizer.nameWords("Straße"));
        assertEquals(List.of("o", "brien"), SearchNormalizer.nameWords("O'Brien"));
        assertEquals(List.of(), SearchNormalizer.nameWords(null));
    }

    @Test
    void prefixesCoverEveryBeginningOfEveryWordFromTwoLetters() {
        Set<String> prefixes = SearchNormalizer.namePrefixes("Ana", "Li");
        assertEquals(Set.of("an", "ana", "li"), prefixes);
        assertEquals(Set.of("o", "br", "bri", "brie", "brien"), SearchNormalizer.namePrefixes("O'Brien"));
    }

    @Test
    void longWordsAreIndexedAndQueriedUpToTwentyLetters() {
        String word = "abcdefghijklmnopqrstuvwxyz";
        Set<String> prefixes = SearchNormalizer.namePrefixes(word);
        assertEquals(SearchNormalizer.MAX_PREFIX_LENGTH - 1, prefixes.size());
        assertTrue(prefixes.contains(SearchNormalizer.queryPrefix(word)));
    }

    @Test
    void phonesCompareByTheirLastTenDigits() {
        String international = SearchNormalizer.phone("+880 1711-234567");
        assertEquals("1711234567", international);
        assertEquals(international, SearchNormalizer.phone("01711234567"));
        assertEquals(international, SearchNormalizer.phone("(0)1711 234 567"));
        assertEquals("", SearchNormalizer.phone("12-34"));
        assertEquals("", SearchNormalizer.phone(null));
    }

    @Test
    void nationalIdsIgnoreCaseSpacesAndDashes() {
        assertEquals("X1234567L", SearchNormalizer.nationalId(" x-1234 567 l "));
        assertEquals("", SearchNormalizer.nationalId(" - "));
    }
}
