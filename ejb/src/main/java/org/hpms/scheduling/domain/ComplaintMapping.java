package org.hpms.scheduling.domain;

import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Maps what a patient says ("chest pain on exertion") to the specialization that should see them,
 * by keywords kept by administrators. The longest keyword found wins ("chest pain" before "pain").
 */
public final class ComplaintMapping {

    private final Map<String, String> specializationByKeyword = new LinkedHashMap<>();

    public ComplaintMapping(Map<String, String> keywords) {
        keywords.forEach((keyword, specialization) -> specializationByKeyword.put(normalise(keyword), specialization));
    }

    public Optional<String> specializationFor(String complaint) {
        String text = " " + normalise(complaint) + " ";
        return specializationByKeyword.entrySet().stream()
                .filter(entry -> text.contains(" " + entry.getKey() + " "))
                .max((a, b) -> Integer.compare(a.getKey().length(), b.getKey().length()))
                .map(Map.Entry::getValue);
    }

    static String normalise(String text) {
        if (text == null) {
            return "";
        }
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
