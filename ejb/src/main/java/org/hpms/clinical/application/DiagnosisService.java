package org.hpms.clinical.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.Map;
import org.hpms.audit.domain.AuditAction;
import org.hpms.clinical.domain.Diagnosis;
import org.hpms.clinical.domain.DiagnosisEntry;
import org.hpms.clinical.domain.DiagnosisStatus;
import org.hpms.clinical.domain.Encounter;
import org.hpms.clinical.domain.Icd10Code;
import org.hpms.clinical.domain.Icd10OrderFileParser;
import org.hpms.security.Roles;

/** Diagnoses: made, resolved and voided by doctors, coded against the ICD-10 catalogue. */
@Stateless
@RolesAllowed(Roles.DOCTOR)
public class DiagnosisService {

    @PersistenceContext
    EntityManager em;

    @Inject
    ChartRecords records;

    public String diagnose(String encounterId, DiagnosisEntry entry) {
        Encounter encounter = records.encounter(encounterId);
        Map<String, String> problems = records.violations(entry, "diagnosis");
        Icd10Code code = null;
        if (!problems.containsKey("code") && entry != null) {
            String typed = entry.getCode().strip();
            code = em.find(Icd10Code.class, Icd10OrderFileParser.normaliseCode(typed));
            if (code == null) {
                problems.put("code", typed + " is not a code of the ICD-10 catalogue");
            } else if (code.isRetired()) {
                problems.put("code", code.getDisplayCode() + " is retired from the ICD-10 catalogue; choose a current code");
            }
        }
        records.refuseIfAny(problems, AuditAction.DIAGNOSIS_RECORDED, encounter.getPatient());
        Diagnosis diagnosis = new Diagnosis(encounter, code, entry);
        em.persist(diagnosis);
        records.audited(AuditAction.DIAGNOSIS_RECORDED, encounter.getPatient(), code.getDisplayCode());
        return diagnosis.getPublicId();
    }

    /** The condition is over: it leaves the problem list and stays in the history. */
    public void resolve(String diagnosisId) {
        Diagnosis diagnosis = records.record(Diagnosis.class, diagnosisId, "diagnosis", "No such diagnosis");
        if (diagnosis.isVoided() || diagnosis.getStatus() == DiagnosisStatus.RESOLVED) {
            records.refuseIfAny(Map.of("diagnosis", "Only an active diagnosis can be resolved"), AuditAction.DIAGNOSIS_RESOLVED,
                    diagnosis.getPatient());
        }
        diagnosis.resolve(LocalDate.now());
        records.audited(AuditAction.DIAGNOSIS_RESOLVED, diagnosis.getPatient(), null);
    }

    /** A diagnosis recorded in error: voided with a reason, kept in the record. */
    public void voidDiagnosis(String diagnosisId, String reason) {
        Diagnosis diagnosis = records.record(Diagnosis.class, diagnosisId, "diagnosis", "No such diagnosis");
        records.requireReason(reason, "voidReason", AuditAction.DIAGNOSIS_VOIDED, diagnosis.getPatient());
        if (diagnosis.isVoided()) {
            records.refuseIfAny(Map.of("diagnosis", "This diagnosis is already voided"), AuditAction.DIAGNOSIS_VOIDED,
                    diagnosis.getPatient());
        }
        diagnosis.voidIt(records.callerName(), reason.strip());
        records.audited(AuditAction.DIAGNOSIS_VOIDED, diagnosis.getPatient(), null);
    }
}
