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
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import org.hpms.shared.persistence.AuditedEntity;

/** A stored line of a doctor's weekly template ({@link WeeklySession}). */
@Entity
@Table(name = "working_hours")
public class WorkingHours extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "doctor_id", nullable = false, updatable = false)
    private DoctorProfile doctor;

    @Enumerated(EnumType.STRING)
    @Column(name = "day_of_week", nullable = false, length = 9)
    private DayOfWeek day;

    @Column(name = "start_time", nullable = false)
    private LocalTime start;

    @Column(name = "end_time", nullable = false)
    private LocalTime end;

    @Column(name = "room", nullable = false, length = 40)
    private String room;

    @Column(name = "effective_from", nullable = false)
    private LocalDate effectiveFrom;

    @Column(name = "effective_until")
    private LocalDate effectiveUntil;

    protected WorkingHours() {
    }

    public WorkingHours(DoctorProfile doctor, WeeklySession session) {
        this.doctor = doctor;
        this.day = session.day();
        this.start = session.start();
        this.end = session.end();
        this.room = session.room();
        this.effectiveFrom = session.effectiveFrom();
        this.effectiveUntil = session.effectiveUntil();
    }

    public Long getId() {
        return id;
    }

    public DoctorProfile getDoctor() {
        return doctor;
    }

    /** The template line stops applying after {@code lastDay} (history of past weeks stays as it was). */
    public void endAfter(LocalDate lastDay) {
        this.effectiveUntil = lastDay;
    }

    public WeeklySession toSession() {
        return new WeeklySession(day, start, end, room, effectiveFrom, effectiveUntil);
    }
}
