package org.hpms.clinical.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.hpms.audit.domain.AuditAction;
import org.hpms.clinical.domain.Diagnosis;
import org.hpms.clinical.domain.DiagnosisStatus;
import org.hpms.clinical.domain.Encounter;
import org.hpms.clinical.domain.VitalSigns;
import org.hpms.clinical.infrastructure.PatientSummaryPdf;
import org.hpms.patient.domain.Patient;
import org.hpms.security.Roles;

/**
 * The patient chart for clinicians: the summary (allergies, problems, medications, last vitals) and
 * the encounter timeline, page by page. Each read costs a fixed number of queries, however long the
 * history (no query per encounter).
 */
@Stateless
@RolesAllowed({Roles.DOCTOR, Roles.NURSE})
public class ChartService {

    public static final int MAX_PAGE_SIZE = 100;
    static final int MAX_PROBLEMS = 50;

    @PersistenceContext
    EntityManager em;

    @Inject
    ChartRecords records;

    public ChartSummary summary(String mrn) {
        Patient patient = records.patient(mrn);
        ChartSummary summary = summaryOf(patient);
        records.audited(AuditAction.CHART_VIEWED, patient, "summary");
        return summary;
    }

    private ChartSummary summaryOf(Patient patient) {
        List<AllergyView> allergies = AllergyService.activeOf(em, patient);
        // The problem list: each active code once, the most recent diagnosis of it.
        Map<String, DiagnosisView> problems = new LinkedHashMap<>();
        em.createQuery("SELECT d FROM Diagnosis d JOIN FETCH d.code JOIN FETCH d.encounter WHERE d.patient = :patient"
                        + " AND d.status = :active AND d.voided = false ORDER BY d.id DESC", Diagnosis.class)
                .setParameter("patient", patient).setParameter("active", DiagnosisStatus.ACTIVE)
                .getResultStream().map(DiagnosisView::of)
                .forEach(d -> problems.putIfAbsent(d.code(), d));
        VitalsView lastVitals = em.createQuery("SELECT v FROM VitalSigns v JOIN FETCH v.encounter WHERE v.patient = :patient"
                        + " AND v.voided = false ORDER BY v.measuredAt DESC, v.id DESC", VitalSigns.class)
                .setParameter("patient", patient).setMaxResults(1)
                .getResultStream().map(VitalsView::of).findFirst().orElse(null);
        List<Encounter> open = em.createQuery("SELECT e FROM Encounter e WHERE e.patient = :patient AND e.endedAt IS NULL"
                        + " AND e.voided = false ORDER BY e.startedAt DESC", Encounter.class)
                .setParameter("patient", patient).getResultList();
        return new ChartSummary(patient.getMrn().value(), allergies,
                problems.values().stream().limit(MAX_PROBLEMS).toList(),
                PrescriptionService.currentOf(em, patient), lastVitals,
                summaries(open), countOf(patient));
    }

    /** Encounters newest first, one page; the page's diagnoses and note counts come in one query each. */
    public List<EncounterSummary> timeline(String mrn, int first, int pageSize) {
        Patient patient = records.patient(mrn);
        List<Encounter> page = em.createQuery("SELECT e FROM Encounter e WHERE e.patient = :patient AND e.voided = false"
                        + " ORDER BY e.startedAt DESC, e.id DESC", Encounter.class)
                .setParameter("patient", patient)
                .setFirstResult(Math.max(0, first))
                .setMaxResults(Math.min(Math.max(1, pageSize), MAX_PAGE_SIZE))
                .getResultList();
        List<EncounterSummary> rows = summaries(page);
        records.audited(AuditAction.CHART_VIEWED, patient, "timeline " + first + "+" + rows.size());
        return rows;
    }

    /** How many encounters the timeline has; reveals nothing clinical, so not audited on its own. */
    public long countEncounters(String mrn) {
        return countOf(records.patient(mrn));
    }

    /** The summary as a printable PDF (OpenPDF). Audited as a print: paper leaves the system. */
    public byte[] printableSummary(String mrn) {
        Patient patient = records.patient(mrn);
        ChartSummary summary = summaryOf(patient);
        List<Encounter> recent = em.createQuery("SELECT e FROM Encounter e WHERE e.patient = :patient AND e.voided = false"
                        + " ORDER BY e.startedAt DESC, e.id DESC", Encounter.class)
                .setParameter("patient", patient).setMaxResults(10).getResultList();
        byte[] pdf = PatientSummaryPdf.render(patient, summary, summaries(recent), records.callerName(), Instant.now());
        records.audited(AuditAction.CHART_PRINTED, patient, "summary PDF");
        return pdf;
    }

    private long countOf(Patient patient) {
        return em.createQuery("SELECT COUNT(e) FROM Encounter e WHERE e.patient = :patient AND e.voided = false", Long.class)
                .setParameter("patient", patient).getSingleResult();
    }

    private List<EncounterSummary> summaries(List<Encounter> encounters) {
        if (encounters.isEmpty()) {
            return List.of();
        }
        Map<Long, List<String>> diagnoses = em.createQuery("SELECT d FROM Diagnosis d JOIN FETCH d.code"
                        + " WHERE d.encounter IN :encounters AND d.voided = false ORDER BY d.rank, d.id", Diagnosis.class)
                .setParameter("encounters", encounters)
                .getResultStream()
                .collect(Collectors.groupingBy(d -> d.getEncounter().getId(),
                        Collectors.mapping(d -> d.getCode().getDisplayCode() + " " + d.getCode().getShortDescription(),
                                Collectors.toList())));
        Map<Long, Long> notes = em.createQuery("SELECT n.encounter.id, COUNT(n) FROM ClinicalNote n"
                        + " WHERE n.encounter IN :encounters GROUP BY n.encounter.id", Object[].class)
                .setParameter("encounters", encounters)
                .getResultStream()
                .collect(Collectors.toMap(row -> (Long) row[0], row -> (Long) row[1]));
        List<EncounterSummary> rows = new ArrayList<>(encounters.size());
        for (Encounter encounter : encounters) {
            rows.add(EncounterSummary.of(encounter, diagnoses.getOrDefault(encounter.getId(), List.of()),
                    notes.getOrDefault(encounter.getId(), 0L)));
        }
        return rows;
    }
}
