package org.hpms.clinical.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import org.hpms.patient.domain.Patient;
import org.hpms.shared.crypto.PhiStringConverter;

/** A chart entry that is voided (who, when, why) when recorded in error; never deleted. */
@MappedSuperclass
public abstract class VoidableRecord extends PatientRecord {

    @Column(name = "voided", nullable = false)
    private boolean voided;

    @Column(name = "voided_at")
    private Instant voidedAt;

    @Column(name = "voided_by", length = 64)
    private String voidedBy;

    @Convert(converter = PhiStringConverter.class)
    @Column(name = "void_reason_enc")
    private String voidReason;

    protected VoidableRecord() {
    }

    protected VoidableRecord(Patient patient) {
        super(patient);
    }

    public void voidIt(String who, String reason) {
        if (voided) {
            throw new IllegalStateException("Already voided");
        }
        this.voided = true;
        this.voidedAt = Instant.now();
        this.voidedBy = who;
        this.voidReason = reason;
    }

    public boolean isVoided() {
        return voided;
    }

    public Instant getVoidedAt() {
        return voidedAt;
    }

    public String getVoidedBy() {
        return voidedBy;
    }

    public String getVoidReason() {
        return voidReason;
    }
}
