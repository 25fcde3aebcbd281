package org.hpms.clinical.domain;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;

/** What a doctor enters to diagnose: an ICD-10 code of the catalogue (checked by the service). */
public class DiagnosisEntry implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank(message = "ICD-10 code is required")
    @Size(max = 8, message = "An ICD-10 code has at most 7 characters")
    private String code;

    @NotNull(message = "Primary or secondary is required")
    private DiagnosisRank rank = DiagnosisRank.PRIMARY;

    @PastOrPresent(message = "Onset cannot be in the future")
    private LocalDate onsetDate;

    @Size(max = 500, message = "Comment must be at most 500 characters")
    private String comment;

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public DiagnosisRank getRank() {
        return rank;
    }

    public void setRank(DiagnosisRank rank) {
        this.rank = rank;
    }

    public LocalDate getOnsetDate() {
        return onsetDate;
    }

    public void setOnsetDate(LocalDate onsetDate) {
        this.onsetDate = onsetDate;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }
}
