package org.hpms.scheduling.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class SlotCalculatorTest {

    private static final ZoneId DHAKA = ZoneId.of("Asia/Dhaka");
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final Instant LONG_AGO = Instant.parse("2000-01-01T00:00:00Z");
    /** Sunday 2026-11-29 (in Bangladesh the working week runs Sunday to Thursday). */
    private static final LocalDate SUNDAY = LocalDate.of(2026, 11, 29);

    private static WeeklySession session(DayOfWeek day, String start, String end) {
        return new WeeklySession(day, LocalTime.parse(start), LocalTime.parse(end), "OPD 4", LocalDate.of(2026, 1, 1), null);
    }

    private static Instant at(LocalDate date, String time, ZoneId zone) {
        return LocalDateTime.of(date, LocalTime.parse(time)).atZone(zone).toInstant();
    }

    private static List<String> localStarts(List<Slot> slots, ZoneId zone) {
        return slots.stream().map(s -> s.interval().start().atZone(zone).toLocalDateTime().toString()).toList();
    }

    @Test
    void aMorningSessionGivesSlotsOfTheConsultationLengthThatFitInIt() {
        List<Slot> slots = SlotCalculator.freeSlots(List.of(session(DayOfWeek.SUNDAY, "09:00", "10:00")), List.of(), List.of(),
                SUNDAY, SUNDAY, DHAKA, Duration.ofMinutes(25), LONG_AGO);
        assertEquals(List.of("2026-11-29T09:00", "2026-11-29T09:25"), localStarts(slots, DHAKA), "09:50 would end after 10:00");
        assertEquals("OPD 4", slots.get(0).room());
    }

    @Test
    void bookedTimeLeaveAndThePastAreNotFree() {
        WeeklySession morning = session(DayOfWeek.SUNDAY, "09:00", "11:00");
        TimeInterval booked = new TimeInterval(at(SUNDAY, "09:20", DHAKA), at(SUNDAY, "09:40", DHAKA));
        ScheduleChange training = new ScheduleChange(ScheduleChangeKind.TRAINING,
                new TimeInterval(at(SUNDAY, "10:30", DHAKA), at(SUNDAY, "12:00", DHAKA)), null);
        List<Slot> slots = SlotCalculator.freeSlots(List.of(morning), List.of(training), List.of(booked), SUNDAY, SUNDAY, DHAKA,
                Duration.ofMinutes(20), at(SUNDAY, "09:10", DHAKA));
        assertEquals(List.of("2026-11-29T09:40", "2026-11-29T10:00"), localStarts(slots, DHAKA),
                "09:00 is past, 09:20 booked, 10:20 runs into training");
    }

    @Test
    void leaveTakesWholeDaysAndAnExtraSessionAddsTime() {
        WeeklySession sunday = session(DayOfWeek.SUNDAY, "09:00", "10:00");
        ScheduleChange leave = new ScheduleChange(ScheduleChangeKind.LEAVE,
                new TimeInterval(SUNDAY.atStartOfDay(DHAKA).toInstant(), SUNDAY.plusDays(1).atStartOfDay(DHAKA).toInstant()), null);
        LocalDate saturday = SUNDAY.minusDays(1);
        ScheduleChange extra = new ScheduleChange(ScheduleChangeKind.EXTRA_SESSION,
                new TimeInterval(at(saturday, "15:00", DHAKA), at(saturday, "15:30", DHAKA)), "OPD 9");
        List<Slot> slots = SlotCalculator.freeSlots(List.of(sunday), List.of(leave, extra), List.of(), saturday, SUNDAY, DHAKA,
                Duration.ofMinutes(15), LONG_AGO);
        assertEquals(List.of("2026-11-28T15:00", "2026-11-28T15:15"), localStarts(slots, DHAKA));
        assertEquals("OPD 9", slots.get(0).room());
    }

    @Test
    void aNightSessionRunsPastMidnightIntoTheNextDate() {
        WeeklySession night = session(DayOfWeek.SUNDAY, "23:00", "01:00");
        List<Slot> monday = SlotCalculator.freeSlots(List.of(night), List.of(), List.of(), SUNDAY.plusDays(1), SUNDAY.plusDays(1),
                DHAKA, Duration.ofMinutes(30), LONG_AGO);
        assertEquals(List.of("2026-11-30T00:00", "2026-11-30T00:30"), localStarts(monday, DHAKA),
                "Sunday's night session is bookable on Monday's date after midnight");
        List<Slot> sunday = SlotCalculator.freeSlots(List.of(night), List.of(), List.of(), SUNDAY, SUNDAY, DHAKA,
                Duration.ofMinutes(30), LONG_AGO);
        assertEquals(List.of("2026-11-29T23:00", "2026-11-29T23:30"), localStarts(sunday, DHAKA));
    }

    @Test
    void onTheDayClocksGoForwardTheSessionIsAnHourShorterInRealTime() {
        LocalDate springForward = LocalDate.of(2027, 3, 28); // Europe/London: 01:00 -> 02:00
        WeeklySession early = new WeeklySession(DayOfWeek.SUNDAY, LocalTime.of(0, 30), LocalTime.of(3, 0), "A&E",
                LocalDate.of(2027, 1, 1), null);
        List<Slot> slots = SlotCalculator.freeSlots(List.of(early), List.of(), List.of(), springForward, springForward, LONDON,
                Duration.ofMinutes(30), LONG_AGO);
        assertEquals(List.of("2027-03-28T00:30", "2027-03-28T02:00", "2027-03-28T02:30"), localStarts(slots, LONDON),
                "01:00-02:00 does not exist that night");
        assertEquals(Duration.ofMinutes(90), Duration.between(slots.get(0).interval().start(), slots.get(2).interval().end()));
    }

    @Test
    void onTheDayClocksGoBackTheSessionHasAnExtraHourOfSlots() {
        LocalDate fallBack = LocalDate.of(2026, 10, 25); // Europe/London: 02:00 -> 01:00
        WeeklySession early = new WeeklySession(DayOfWeek.SUNDAY, LocalTime.of(0, 30), LocalTime.of(2, 30), "A&E",
                LocalDate.of(2026, 1, 1), null);
        List<Slot> slots = SlotCalculator.freeSlots(List.of(early), List.of(), List.of(), fallBack, fallBack, LONDON,
                Duration.ofMinutes(30), LONG_AGO);
        assertEquals(6, slots.size(), "00:30 to 02:30 on the wall is three hours of real time");
        assertTrue(slots.stream().allMatch(s -> s.interval().length().equals(Duration.ofMinutes(30))));
    }

    @Test
    void aTemplateAppliesOnlyBetweenItsEffectiveDates() {
        WeeklySession until = new WeeklySession(DayOfWeek.SUNDAY, LocalTime.of(9, 0), LocalTime.of(10, 0), "OPD 4",
                LocalDate.of(2026, 1, 1), SUNDAY.minusDays(1));
        assertTrue(SlotCalculator.freeSlots(List.of(until), List.of(), List.of(), SUNDAY, SUNDAY, DHAKA, Duration.ofMinutes(20),
                LONG_AGO).isEmpty());
    }

    @Test
    void workingTimeIsInsideASessionAndOutsideLeave() {
        WeeklySession morning = session(DayOfWeek.SUNDAY, "09:00", "13:00");
        TimeInterval tenOClock = new TimeInterval(at(SUNDAY, "10:00", DHAKA), at(SUNDAY, "10:20", DHAKA));
        assertTrue(SlotCalculator.isWorkingTime(List.of(morning), List.of(), tenOClock, DHAKA));
        assertFalse(SlotCalculator.isWorkingTime(List.of(morning), List.of(),
                new TimeInterval(at(SUNDAY, "12:50", DHAKA), at(SUNDAY, "13:10", DHAKA)), DHAKA), "runs past the session");
        assertFalse(SlotCalculator.isWorkingTime(List.of(morning), List.of(new ScheduleChange(ScheduleChangeKind.LEAVE,
                new TimeInterval(at(SUNDAY, "00:00", DHAKA), at(SUNDAY.plusDays(1), "00:00", DHAKA)), null)), tenOClock, DHAKA));
    }
}
