package org.hpms.clinical.application;

import java.io.Serializable;
import java.time.LocalDate;
import org.hpms.clinical.domain.Diagnosis;
import org.hpms.clinical.domain.DiagnosisRank;
import org.hpms.clinical.domain.DiagnosisStatus;

/** A diagnosis as screens and the API show it; {@code code} in display form ("E11.9"). */
public record DiagnosisView(String id, String encounterId, String code, String description, DiagnosisRank rank,
                            DiagnosisStatus status, LocalDate onsetDate, LocalDate resolvedOn, String comment,
                            String diagnosedBy) implements Serializable {

    static DiagnosisView of(Diagnosis diagnosis) {
        return new DiagnosisView(diagnosis.getPublicId(), diagnosis.getEncounter().getPublicId(),
                diagnosis.getCode().getDisplayCode(), diagnosis.getCode().getShortDescription(), diagnosis.getRank(),
                diagnosis.getStatus(), diagnosis.getOnsetDate(), diagnosis.getResolvedOn(), diagnosis.getComment(),
                diagnosis.getCreatedBy());
    }

    /** "E11.9 Type 2 diabetes mellitus without complications". */
    public String label() {
        return code + " " + description;
    }
}
