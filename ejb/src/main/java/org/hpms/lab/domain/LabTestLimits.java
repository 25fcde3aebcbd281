package org.hpms.lab.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.hpms.patient.domain.Sex;

/** A catalogue test's units and reference ranges, as plain values (kept between requests by the filing's cache). */
public record LabTestLimits(String units, List<LabReferenceRange> ranges) {

    public LabTestLimits {
        ranges = List.copyOf(ranges);
    }

    /**
     * The limits for a value in {@code units} of a patient of this sex and birth date on the day of the
     * observation; empty when none applies, and always when the lab reports in other units than ours
     * (a glucose of 5.4 mmol/L is normal, 5.4 mg/dL is critically low: never compare across units).
     */
    public Optional<LabReferenceRange> rangeFor(String reportedUnits, Sex sex, LocalDate birthDate, LocalDate observedOn) {
        if (units == null || reportedUnits == null || !units.strip().equalsIgnoreCase(reportedUnits.strip())) {
            return Optional.empty();
        }
        return LabReferenceRange.mostSpecific(ranges, sex, birthDate, observedOn);
    }
}
