package org.hpms.lab.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import org.hpms.shared.persistence.AuditedEntity;

/**
 * A test or panel of the catalogue: our code, its LOINC code, the specimen it needs, UCUM units, the
 * price code billing charges by and the turnaround the laboratory promises. Panels list their member
 * tests; single tests carry reference and critical limits by sex and age.
 */
@Entity
@Table(name = "lab_test")
@NamedQuery(name = LabTest.ACTIVE, query = "SELECT DISTINCT t FROM LabTest t LEFT JOIN FETCH t.members WHERE t.active = true"
        + " ORDER BY t.panel DESC, t.name")
@NamedQuery(name = LabTest.BY_CODES, query = "SELECT t FROM LabTest t WHERE t.code IN :codes")
@NamedQuery(name = LabTest.WITH_RANGES, query = "SELECT DISTINCT t FROM LabTest t LEFT JOIN FETCH t.ranges")
@NamedQuery(name = LabTest.FINGERPRINT, query = "SELECT COUNT(t), SUM(t.id), SUM(t.version), MAX(t.updatedAt) FROM LabTest t")
public class LabTest extends AuditedEntity {

    public static final String ACTIVE = "LabTest.active";
    /** Parameter {@code codes}: our codes. */
    public static final String BY_CODES = "LabTest.byCodes";
    public static final String WITH_RANGES = "LabTest.withRanges";
    /** How many tests, their ids and versions, the last change: what tells a cached catalogue it is stale. */
    public static final String FINGERPRINT = "LabTest.fingerprint";

    @Id
    private Long id;

    @Column(name = "code", nullable = false, length = 32)
    private String code;

    @Column(name = "loinc_code", nullable = false, length = 16)
    private String loincCode;

    @Column(name = "name", nullable = false, length = 200)
    private String name;

    @Column(name = "panel", nullable = false)
    private boolean panel;

    @Column(name = "specimen_type", nullable = false, length = 40)
    private String specimenType;

    @Column(name = "units", length = 32)
    private String units;

    @Column(name = "price_code", nullable = false, length = 32)
    private String priceCode;

    @Column(name = "turnaround_minutes", nullable = false)
    private int turnaroundMinutes;

    @Column(name = "active", nullable = false)
    private boolean active;

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "lab_panel_member", joinColumns = @JoinColumn(name = "panel_id"), inverseJoinColumns = @JoinColumn(name = "test_id"))
    @OrderBy("code")
    private List<LabTest> members = new ArrayList<>();

    @OneToMany(mappedBy = "test", fetch = FetchType.LAZY)
    private List<LabReferenceRange> ranges = new ArrayList<>();

    protected LabTest() {
    }

    /** Units and ranges as detached values, to be kept between requests. */
    public LabTestLimits limits() {
        return new LabTestLimits(units, ranges.stream().map(LabReferenceRange::copy).toList());
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getLoincCode() {
        return loincCode;
    }

    public String getName() {
        return name;
    }

    public boolean isPanel() {
        return panel;
    }

    public String getSpecimenType() {
        return specimenType;
    }

    public String getUnits() {
        return units;
    }

    public String getPriceCode() {
        return priceCode;
    }

    public int getTurnaroundMinutes() {
        return turnaroundMinutes;
    }

    public boolean isActive() {
        return active;
    }

    public List<LabTest> getMembers() {
        return List.copyOf(members);
    }
}
