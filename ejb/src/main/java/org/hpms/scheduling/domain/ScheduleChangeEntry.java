package org.hpms.scheduling.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hpms.shared.persistence.AuditedEntity;

/** A stored exception to a doctor's template ({@link ScheduleChange}): leave, holiday, training, extra session. */
@Entity
@Table(name = "schedule_change")
public class ScheduleChangeEntry extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "doctor_id", nullable = false, updatable = false)
    private DoctorProfile doctor;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 16)
    private ScheduleChangeKind kind;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;

    @Column(name = "room", length = 40)
    private String room;

    @Column(name = "note", length = 200)
    private String note;

    protected ScheduleChangeEntry() {
    }

    public ScheduleChangeEntry(DoctorProfile doctor, ScheduleChange change, String note) {
        this.doctor = doctor;
        this.kind = change.kind();
        this.startsAt = change.interval().start();
        this.endsAt = change.interval().end();
        this.room = change.room();
        this.note = note;
    }

    public Long getId() {
        return id;
    }

    public DoctorProfile getDoctor() {
        return doctor;
    }

    public String getNote() {
        return note;
    }

    public ScheduleChange toChange() {
        return new ScheduleChange(kind, new TimeInterval(startsAt, endsAt), room);
    }
}
