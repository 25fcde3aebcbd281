package org.hpms.scheduling.application;

import jakarta.persistence.EntityManager;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.hpms.scheduling.domain.WeeklySession;

/**
 * The weekly templates of the doctors of each specialization, kept between requests: automated
 * assignment needs them for every doctor of a specialization on every request, and they change a few
 * times a year. Each use first reads a fingerprint of the rows (how many, their ids and versions, the
 * last change) in one aggregate query, so a change made through any server is seen by the very next
 * request and there is nothing to invalidate; only when the fingerprint differs are the rows read.
 */
final class TemplateCache {

    private record Entry(List<Object> fingerprint, Map<Long, List<WeeklySession>> templates) {
    }

    private static final Map<String, Entry> BY_SPECIALIZATION = new ConcurrentHashMap<>();

    private TemplateCache() {
    }

    static Map<Long, List<WeeklySession>> ofPractising(EntityManager em, String specialization) {
        List<Object> fingerprint = Arrays.asList(em.createQuery("SELECT COUNT(w), SUM(w.id), SUM(w.version), MAX(w.updatedAt)"
                        + " FROM WorkingHours w WHERE w.doctor.id " + DoctorCalendar.PRACTISING, Object[].class)
                .setParameter("code", specialization).getSingleResult());
        Entry cached = BY_SPECIALIZATION.get(specialization);
        if (cached != null && cached.fingerprint().equals(fingerprint)) {
            return cached.templates();
        }
        Map<Long, List<WeeklySession>> templates = DoctorCalendar.templates(em, DoctorCalendar.PRACTISING, "code", specialization);
        BY_SPECIALIZATION.put(specialization, new Entry(fingerprint, Map.copyOf(templates)));
        return templates;
    }
}
