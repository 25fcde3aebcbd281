package org.hpms.lab.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;
import org.hpms.patient.domain.Sex;

/**
 * Reference and critical limits of a test for one sex (null: either) and age band
 * [{@code ageFromDays}, {@code ageToDays}); any limit may be open.
 */
@Entity
@Table(name = "lab_reference_range")
public class LabReferenceRange {

    @Id
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "test_id", nullable = false)
    private LabTest test;

    @Enumerated(EnumType.STRING)
    @Column(name = "sex", length = 8)
    private Sex sex;

    @Column(name = "age_from_days", nullable = false)
    private int ageFromDays;

    @Column(name = "age_to_days")
    private Integer ageToDays;

    @Column(name = "low", precision = 14, scale = 4)
    private BigDecimal low;

    @Column(name = "high", precision = 14, scale = 4)
    private BigDecimal high;

    @Column(name = "critical_low", precision = 14, scale = 4)
    private BigDecimal criticalLow;

    @Column(name = "critical_high", precision = 14, scale = 4)
    private BigDecimal criticalHigh;

    protected LabReferenceRange() {
    }

    public LabReferenceRange(Sex sex, int ageFromDays, Integer ageToDays, BigDecimal low, BigDecimal high, BigDecimal criticalLow,
                             BigDecimal criticalHigh) {
        this.sex = sex;
        this.ageFromDays = ageFromDays;
        this.ageToDays = ageToDays;
        this.low = low;
        this.high = high;
        this.criticalLow = criticalLow;
        this.criticalHigh = criticalHigh;
    }

    /** The same limits, detached from the persistence context. */
    LabReferenceRange copy() {
        return new LabReferenceRange(sex, ageFromDays, ageToDays, low, high, criticalLow, criticalHigh);
    }

    /**
     * The range that applies to this patient: of those whose sex and age band fit, one for the patient's
     * sex wins over one for either sex. Empty when the age is unknown or nothing fits.
     */
    public static Optional<LabReferenceRange> mostSpecific(Collection<LabReferenceRange> ranges, Sex sex, LocalDate birthDate,
                                                           LocalDate observedOn) {
        if (birthDate == null || observedOn == null || observedOn.isBefore(birthDate)) {
            return Optional.empty();
        }
        long ageDays = ChronoUnit.DAYS.between(birthDate, observedOn);
        return ranges.stream()
                .filter(r -> r.sex == null || r.sex == sex)
                .filter(r -> ageDays >= r.ageFromDays && (r.ageToDays == null || ageDays < r.ageToDays))
                .min(Comparator.comparing((LabReferenceRange r) -> r.sex == null));
    }

    /** As a laboratory writes it in OBX-7: "3.5-5.1", "<=0.04", ">=4.0" (the limits themselves are normal). */
    public String text() {
        if (low != null && high != null) {
            return low.stripTrailingZeros().toPlainString() + "-" + high.stripTrailingZeros().toPlainString();
        }
        if (high != null) {
            return "<=" + high.stripTrailingZeros().toPlainString();
        }
        return low == null ? "" : ">=" + low.stripTrailingZeros().toPlainString();
    }

    public BigDecimal getLow() {
        return low;
    }

    public BigDecimal getHigh() {
        return high;
    }

    public BigDecimal getCriticalLow() {
        return criticalLow;
    }

    public BigDecimal getCriticalHigh() {
        return criticalHigh;
    }
}
