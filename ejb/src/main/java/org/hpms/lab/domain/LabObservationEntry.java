package org.hpms.lab.domain;

import static org.hpms.shared.persistence.Columns.clip;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import java.time.Instant;
import org.hpms.patient.domain.Patient;
import org.hpms.shared.crypto.PhiStringConverter;
import org.hpms.shared.persistence.AuditedEntity;

/** A stored observation of a result report; the value and the notes are encrypted. Written here, read by JPQL projections. */
@Entity
@Table(name = "lab_observation")
public class LabObservationEntry extends AuditedEntity {

    /** From a table in blocks (not AUTO_INCREMENT): a result's observations are then inserted in one JDBC batch. */
    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "labObservationIds")
    @TableGenerator(name = "labObservationIds", table = "id_sequence", pkColumnName = "name", valueColumnName = "next_value",
            pkColumnValue = "LAB_OBSERVATION", allocationSize = 1000)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "message_id", nullable = false, updatable = false)
    private LabMessage message;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "report_id", updatable = false)
    private LabReport report;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "patient_id")
    private Patient patient;

    @Column(name = "placer_order_number", length = 199)
    private String placerOrderNumber;

    @Column(name = "filler_order_number", length = 199)
    private String fillerOrderNumber;

    @Column(name = "test_code", length = 64)
    private String testCode;

    @Column(name = "set_id", nullable = false)
    private int setId;

    @Column(name = "code", length = 64)
    private String code;

    @Column(name = "code_system", length = 32)
    private String codeSystem;

    @Column(name = "name", length = 255)
    private String name;

    @Column(name = "value_type", length = 8)
    private String valueType;

    @Convert(converter = PhiStringConverter.class)
    @Column(name = "value_enc")
    private String value;

    @Column(name = "units", length = 64)
    private String units;

    @Column(name = "reference_range", length = 64)
    private String referenceRange;

    @Column(name = "abnormal_flag", length = 16)
    private String abnormalFlag;

    @Column(name = "critical", nullable = false)
    private boolean critical;

    /** Who set the flag: the laboratory, or our catalogue when the lab sent none or the value is past a critical limit. */
    @Column(name = "flag_source", length = 12)
    private String flagSource;

    @Column(name = "result_status", length = 4)
    private String resultStatus;

    @Column(name = "observed_at")
    private Instant observedAt;

    @Convert(converter = PhiStringConverter.class)
    @Column(name = "notes_enc")
    private String notes;

    protected LabObservationEntry() {
    }

    public LabObservationEntry(LabReport report, LabOrderResult order, LabObservation observation, Interpretation interpretation) {
        this.message = report.getMessage();
        this.report = report;
        this.patient = report.getPatient();
        this.placerOrderNumber = order.placerOrderNumber();
        this.fillerOrderNumber = order.fillerOrderNumber();
        this.testCode = clip(order.test().code(), 64);
        this.setId = observation.setId();
        this.code = clip(observation.observation().code(), 64);
        this.codeSystem = clip(observation.observation().system(), 32);
        this.name = clip(observation.observation().text(), 255);
        this.valueType = clip(observation.valueType(), 8);
        this.value = observation.value();
        this.units = clip(observation.units(), 64);
        this.referenceRange = clip(interpretation.referenceRange(), 64);
        this.abnormalFlag = clip(interpretation.flag(), 16);
        this.critical = interpretation.critical();
        this.flagSource = interpretation.source();
        this.resultStatus = clip(observation.status(), 4);
        this.observedAt = observation.observedAt() != null ? observation.observedAt() : order.observedAt();
        this.notes = observation.notes().isEmpty() ? null : String.join("\n", observation.notes());
    }
}
