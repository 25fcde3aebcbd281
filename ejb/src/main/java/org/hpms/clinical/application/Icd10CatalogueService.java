package org.hpms.clinical.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.hpms.clinical.domain.Icd10Code;
import org.hpms.clinical.domain.Icd10OrderFileParser;
import org.hpms.security.Roles;

/** The ICD-10 catalogue: searched by every role that codes or reads diagnoses; imported by admins. */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.DOCTOR, Roles.NURSE, Roles.BILLING, Roles.LAB_TECH})
public class Icd10CatalogueService {

    public static final int MAX_RESULTS = 50;
    private static final int MAX_REPORTED_REJECTIONS = 20;
    private static final int FLUSH_EVERY = 500;

    @PersistenceContext
    EntityManager em;

    /**
     * Codes that start with what was typed ("E11", "e11.9"), or whose description contains every
     * word typed ("type 2 diab"), current codes only, in code order.
     */
    public List<Icd10Code> search(String typed, int max) {
        String text = typed == null ? "" : typed.strip();
        if (text.length() < 2) {
            return List.of();
        }
        int limit = Math.min(Math.max(1, max), MAX_RESULTS);
        String code = Icd10OrderFileParser.normaliseCode(text);
        List<Icd10Code> byCode = em.createQuery("SELECT c FROM Icd10Code c WHERE c.retired = false AND c.code LIKE :prefix"
                        + " ORDER BY c.code", Icd10Code.class)
                .setParameter("prefix", code.replace("%", "").replace("_", "") + "%")
                .setMaxResults(limit).getResultList();
        if (!byCode.isEmpty()) {
            return byCode;
        }
        List<String> words = List.of(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")).stream()
                .filter(word -> !word.isEmpty()).toList();
        if (words.isEmpty()) {
            return List.of();
        }
        StringBuilder jpql = new StringBuilder("SELECT c FROM Icd10Code c WHERE c.retired = false");
        for (int i = 0; i < words.size(); i++) {
            jpql.append(" AND LOWER(c.longDescription) LIKE :w").append(i);
        }
        TypedQuery<Icd10Code> query = em.createQuery(jpql.append(" ORDER BY c.code").toString(), Icd10Code.class);
        for (int i = 0; i < words.size(); i++) {
            query.setParameter("w" + i, "%" + words.get(i) + "%");
        }
        return query.setMaxResults(limit).getResultList();
    }

    /** Adds new codes and updates changed ones from an ICD-10-CM order file; rejected lines are reported. */
    @RolesAllowed(Roles.ADMIN)
    public Icd10ImportReport importOrderFile(InputStream orderFile) {
        int added = 0;
        int updated = 0;
        int unchanged = 0;
        int rejected = 0;
        List<String> rejections = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(orderFile, StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                Icd10OrderFileParser.Line parsed = Icd10OrderFileParser.parse(line);
                if (!parsed.accepted()) {
                    rejected++;
                    if (rejections.size() < MAX_REPORTED_REJECTIONS) {
                        rejections.add("line " + number + ": " + parsed.rejection());
                    }
                    continue;
                }
                Icd10Code existing = em.find(Icd10Code.class, parsed.entry().code());
                if (existing == null) {
                    em.persist(new Icd10Code(parsed.entry()));
                    added++;
                } else if (existing.update(parsed.entry())) {
                    updated++;
                } else {
                    unchanged++;
                }
                if (number % FLUSH_EVERY == 0) {
                    em.flush();
                    em.clear();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the uploaded order file", e);
        }
        return new Icd10ImportReport(added, updated, unchanged, rejected, rejections);
    }
}
