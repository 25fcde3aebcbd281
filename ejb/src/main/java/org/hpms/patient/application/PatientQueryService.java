package org.hpms.patient.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hpms.audit.application.AuditTrail;
import org.hpms.audit.domain.AuditAction;
import org.hpms.audit.domain.AuditOutcome;
import org.hpms.patient.domain.InvalidPatientDataException;
import org.hpms.patient.domain.MedicalRecordNumber;
import org.hpms.patient.domain.Patient;
import org.hpms.patient.domain.PatientSearchKeys;
import org.hpms.security.Roles;
import org.hpms.shared.crypto.ApplicationKeys;
import org.hpms.shared.crypto.SearchNormalizer;

/** Finding patients and reading their demographics. Every call is audited. */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.DOCTOR, Roles.NURSE, Roles.RECEPTIONIST, Roles.BILLING, Roles.LAB_TECH})
public class PatientQueryService {

    public static final int MAX_PAGE_SIZE = 200;

    @PersistenceContext
    EntityManager em;

    @EJB
    AuditTrail auditTrail;

    public Optional<PatientDetails> findByMrn(String mrnText) {
        if (!MedicalRecordNumber.isValid(mrnText)) {
            auditTrail.record(AuditAction.PATIENT_VIEWED, null, AuditOutcome.NOT_FOUND, "malformed MRN");
            return Optional.empty();
        }
        MedicalRecordNumber mrn = MedicalRecordNumber.parse(mrnText);
        Optional<PatientDetails> found = em.createNamedQuery(Patient.BY_MRN, Patient.class)
                .setParameter("mrn", mrn)
                .getResultStream().findFirst().map(PatientDetails::of);
        auditTrail.record(AuditAction.PATIENT_VIEWED, mrn.value(),
                found.isPresent() ? AuditOutcome.SUCCESS : AuditOutcome.NOT_FOUND, null);
        return found;
    }

    /**
     * Combined search: every given filter must match. Newest registrations first. Names match by
     * word prefix in any order ("nun jo" finds José Núñez); phone and national id match exactly after
     * normalisation; all through blind indexes. Audited with the filters used, never their values.
     */
    public List<PatientSummary> search(PatientSearchCriteria criteria, int first, int pageSize) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        String where = whereClause(criteria, parameters);
        TypedQuery<Patient> query = em.createQuery("SELECT p FROM Patient p WHERE " + where + " ORDER BY p.id DESC", Patient.class);
        parameters.forEach(query::setParameter);
        List<PatientSummary> rows = query.setFirstResult(Math.max(0, first))
                .setMaxResults(Math.min(Math.max(1, pageSize), MAX_PAGE_SIZE))
                .getResultStream().map(PatientSummary::of).toList();
        auditTrail.record(AuditAction.PATIENT_SEARCHED, rows.size() == 1 ? rows.get(0).mrn() : null, AuditOutcome.SUCCESS,
                "by " + String.join(",", criteria.usedFilters()) + "; rows " + first + "+" + rows.size());
        return rows;
    }

    /**
     * Gate of an export of search results to a file: only receptionists and administrators may take
     * patient lists out of the system, and every export is audited with its size and format.
     */
    @RolesAllowed({Roles.ADMIN, Roles.RECEPTIONIST})
    public void authoriseExport(PatientSearchCriteria criteria, int rows, String format) {
        whereClause(criteria, new LinkedHashMap<>()); // same validation as the search being exported
        auditTrail.record(AuditAction.PATIENTS_EXPORTED, null, AuditOutcome.SUCCESS,
                format + " export of " + rows + " row(s) found by " + String.join(",", criteria.usedFilters()));
    }

    /** Number of patients matching; reveals no patient data, so it is not audited on its own. */
    public long count(PatientSearchCriteria criteria) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        TypedQuery<Long> query = em.createQuery("SELECT COUNT(p) FROM Patient p WHERE " + whereClause(criteria, parameters), Long.class);
        parameters.forEach(query::setParameter);
        return query.getSingleResult();
    }

    private static String whereClause(PatientSearchCriteria criteria, Map<String, Object> parameters) {
        if (criteria == null || criteria.isEmpty()) {
            throw new InvalidPatientDataException(Map.of("criteria", "Enter at least one search field"));
        }
        PatientSearchKeys keys = new PatientSearchKeys(ApplicationKeys.blindIndex());
        Map<String, String> problems = new LinkedHashMap<>();
        List<String> conditions = new ArrayList<>();
        if (!PatientSearchCriteria.isBlank(criteria.mrn())) {
            if (MedicalRecordNumber.isValid(criteria.mrn())) {
                conditions.add("p.mrn = :mrn");
                parameters.put("mrn", MedicalRecordNumber.parse(criteria.mrn()));
            } else {
                problems.put("mrn", "Not a valid medical record number (9 digits with check digit)");
            }
        }
        if (!PatientSearchCriteria.isBlank(criteria.name())) {
            List<String> words = SearchNormalizer.nameWords(criteria.name());
            if (words.stream().noneMatch(word -> word.length() >= SearchNormalizer.MIN_PREFIX_LENGTH)) {
                problems.put("name", "Type at least " + SearchNormalizer.MIN_PREFIX_LENGTH + " letters of a name");
            } else {
                int i = 0;
                for (Long token : keys.nameQuery(criteria.name())) {
                    conditions.add(":name" + i + " MEMBER OF p.nameTokens");
                    parameters.put("name" + i, token);
                    i++;
                }
            }
        }
        if (!PatientSearchCriteria.isBlank(criteria.phone())) {
            Long phone = keys.phone(criteria.phone());
            if (phone == null) {
                problems.put("phone", "Type at least 6 digits of the phone number");
            } else {
                conditions.add("p.phoneIndex = :phone");
                parameters.put("phone", phone);
            }
        }
        if (criteria.birthDate() != null) {
            conditions.add("p.birthDateIndex = :birthDate");
            parameters.put("birthDate", keys.birthDate(criteria.birthDate()));
        }
        if (!PatientSearchCriteria.isBlank(criteria.nationalId())) {
            Long nationalId = keys.nationalId(criteria.nationalId());
            if (nationalId == null) {
                problems.put("nationalId", "National id has no letters or digits");
            } else {
                conditions.add("p.nationalIdIndex = :nationalId");
                parameters.put("nationalId", nationalId);
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidPatientDataException(problems);
        }
        conditions.add("p.voided = false"); // merged records are found through the record they were merged into
        return String.join(" AND ", conditions);
    }
}
