package org.hpms.shared.crypto;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns what people type into the canonical forms that blind indexes are computed over, so that
 * "José Ñúñez", "jose nunez" and "NUNEZ Jose" find the same patient.
 */
public final class SearchNormalizer {

    /** Longest name prefix indexed; longer query words are cut to this length. */
    public static final int MAX_PREFIX_LENGTH = 20;
    /** Shortest prefix indexed for words of two letters or more. */
    public static final int MIN_PREFIX_LENGTH = 2;

    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern WORD_SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");

    private SearchNormalizer() {
    }

    /** Lower case, without diacritics, split into words; letters such as ß and ø are spelled out. */
    public static List<String> nameWords(String text) {
        if (text == null) {
            return List.of();
        }
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKD);
        folded = COMBINING_MARKS.matcher(folded).replaceAll("");
        folded = folded.toLowerCase(Locale.ROOT)
                .replace("ß", "ss").replace("æ", "ae").replace("œ", "oe")
                .replace("ø", "o").replace("ł", "l").replace("đ", "d").replace("ı", "i");
        List<String> words = new ArrayList<>();
        for (String word : WORD_SEPARATORS.split(folded)) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }

    /** Every prefix of every word that a search may use: lengths 2..20 (a one-letter word as itself). */
    public static Set<String> namePrefixes(String... nameParts) {
        Set<String> prefixes = new LinkedHashSet<>();
        for (String part : nameParts) {
            for (String word : nameWords(part)) {
                if (word.length() < MIN_PREFIX_LENGTH) {
                    prefixes.add(word);
                    continue;
                }
                int longest = Math.min(word.length(), MAX_PREFIX_LENGTH);
                for (int length = MIN_PREFIX_LENGTH; length <= longest; length++) {
                    prefixes.add(word.substring(0, length));
                }
            }
        }
        return prefixes;
    }

    /** A query word in the form it was indexed: cut to the longest indexed prefix. */
    public static String queryPrefix(String word) {
        return word.length() > MAX_PREFIX_LENGTH ? word.substring(0, MAX_PREFIX_LENGTH) : word;
    }

    /**
     * Digits only, and only the last ten: "+880 1711-234567", "01711234567" and "8801711234567" are
     * the same subscriber. Returns empty when fewer than six digits remain (not a phone number).
     */
    public static String phone(String text) {
        if (text == null) {
            return "";
        }
        String digits = text.replaceAll("\\D", "");
        if (digits.length() < 6) {
            return "";
        }
        return digits.length() > 10 ? digits.substring(digits.length() - 10) : digits;
    }

    /** Upper-case letters and digits only: "1990-123 456 7" and "19901234567" are the same id. */
    public static String nationalId(String text) {
        if (text == null) {
            return "";
        }
        return Normalizer.normalize(text, Normalizer.Form.NFKC).toUpperCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }
}
