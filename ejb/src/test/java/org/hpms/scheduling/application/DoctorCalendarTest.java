package org.hpms.scheduling.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.hpms.scheduling.domain.DoctorTerms;
import org.hpms.scheduling.domain.Slot;
import org.hpms.scheduling.domain.TimeInterval;
import org.hpms.scheduling.domain.VisitType;
import org.hpms.scheduling.domain.WeeklySession;
import org.junit.jupiter.api.Test;

/** The calendar values the availability board keeps and narrows: the same answers as a calendar read for the dates alone. */
class DoctorCalendarTest {

    private static final ZoneId DHAKA = ZoneId.of("Asia/Dhaka");
    private static final LocalDate FIRST = LocalDate.of(2027, 3, 1);
    private static final DoctorTerms DOCTOR = new DoctorTerms(7, "dr.test", "Medicine", 20, 10, 3, "bengali,english", true);

    /** Mornings 08:00-09:00 every day: three 20-minute slots. */
    private static final List<WeeklySession> MORNINGS = Arrays.stream(DayOfWeek.values())
            .map(day -> new WeeklySession(day, LocalTime.of(8, 0), LocalTime.of(9, 0), "OPD 1", FIRST.minusDays(1), null)).toList();

    @Test
    void aKeptMonthNarrowedToADayAnswersAsTheDayAlone() {
        List<TimeInterval> booked = new ArrayList<>();
        for (int day = 0; day < 30; day++) {
            booked.add(visit(FIRST.plusDays(day), "08:00")); // every day's first slot is taken
        }
        booked.add(visit(FIRST.plusDays(12), "08:20"));
        DoctorCalendar month = new DoctorCalendar(DOCTOR, MORNINGS, List.of(), List.copyOf(booked), FIRST, FIRST.plusDays(29), DHAKA);
        LocalDate day = FIRST.plusDays(12);

        DoctorCalendar narrowed = month.over(day, day);
        assertEquals(4, narrowed.booked().size(), "only the day's bookings and those of a day on each side (night sessions) are walked");
        assertEquals(List.of(at(day, "08:40")), narrowed.freeSlots(VisitType.NEW, Instant.EPOCH).stream()
                .map(slot -> slot.interval().start()).toList());
        assertEquals(narrowed.firstFreeSlot(VisitType.NEW, Instant.EPOCH, at(day.plusDays(1), "00:00")).map(Slot::interval),
                month.firstFreeSlot(VisitType.NEW, at(day, "00:00"), at(day.plusDays(1), "00:00")).map(Slot::interval));
        assertEquals(2, narrowed.bookedOn(day));
    }

    @Test
    void aBookingAddedAfterItsCommitTakesItsSlotAndTheDaysCapacity() {
        LocalDate day = FIRST.plusDays(3);
        DoctorCalendar calendar = new DoctorCalendar(DOCTOR, MORNINGS, List.of(), List.of(visit(day, "08:00")), FIRST, FIRST.plusDays(9),
                DHAKA);
        DoctorCalendar more = calendar.with(visit(day, "08:20")).with(visit(day, "08:40"));

        assertEquals(1, calendar.bookedOn(day), "the kept calendar itself is not changed");
        assertTrue(more.bookedDuring(new TimeInterval(at(day, "08:30"), at(day, "08:50"))), "overlaps the added bookings");
        assertFalse(calendar.bookedDuring(visit(day, "08:20")), "not in the calendar it was added to");
        assertFalse(more.bookedDuring(visit(day.plusDays(1), "08:00")));
        assertEquals(3, more.bookedOn(day));
        Slot next = more.firstFreeSlot(VisitType.NEW, at(day, "00:00"), at(FIRST.plusDays(9), "00:00")).orElseThrow();
        assertEquals(at(day.plusDays(1), "08:00"), next.interval().start(), "the day is full: the next morning's first slot");
        assertTrue(more.withBookings(List.of()).firstFreeSlot(VisitType.NEW, at(day, "00:00"), at(day, "23:00")).isPresent(),
                "bookings read again replace the kept ones");
    }

    @Test
    void firstFreeSlotsWorkedOutOnceFollowTheBookingsAddedLaterAndTheTimeAskedFrom() {
        LocalDate day = FIRST.plusDays(5);
        DoctorCalendar calendar = new DoctorCalendar(DOCTOR, MORNINGS, List.of(), List.of(), FIRST, FIRST.plusDays(9), DHAKA);
        Instant dayStart = at(day, "00:00");
        Instant windowEnd = at(day.plusDays(2), "00:00");

        assertEquals(at(day, "08:00"), calendar.firstFreeSlot(VisitType.NEW, dayStart, windowEnd).orElseThrow().interval().start());
        assertEquals(at(day, "08:20"), calendar.firstFreeSlot(VisitType.NEW, at(day, "08:05"), windowEnd).orElseThrow().interval().start(),
                "a window opening mid-morning starts at the next slot");
        assertEquals(at(day, "08:00"), calendar.firstFreeSlot(VisitType.NEW, dayStart, windowEnd).orElseThrow().interval().start(),
                "what a mid-morning window found is not taken for the whole day's answer");
        assertEquals(at(day, "08:00"), calendar.firstFreeSlot(VisitType.FOLLOW_UP, dayStart, windowEnd).orElseThrow().interval().start());

        DoctorCalendar booked = calendar.with(visit(day, "08:00"));
        assertEquals(at(day, "08:20"), booked.firstFreeSlot(VisitType.NEW, dayStart, windowEnd).orElseThrow().interval().start(),
                "a booking added later takes its slot");
        DoctorCalendar full = booked.with(visit(day, "08:20")).with(visit(day, "08:40"));
        assertEquals(at(day.plusDays(1), "08:00"), full.firstFreeSlot(VisitType.NEW, dayStart, windowEnd).orElseThrow().interval().start(),
                "a day at its capacity is passed over");
        assertEquals(at(day, "08:00"), calendar.firstFreeSlot(VisitType.NEW, dayStart, windowEnd).orElseThrow().interval().start(),
                "the calendar the bookings were added to still answers as before");
        assertTrue(full.firstFreeSlot(VisitType.NEW, dayStart, at(day, "23:00")).isEmpty(), "nothing free before the window ends");
    }

    private static TimeInterval visit(LocalDate day, String time) {
        Instant start = at(day, time);
        return new TimeInterval(start, start.plusSeconds(20 * 60));
    }

    private static Instant at(LocalDate day, String time) {
        return day.atTime(LocalTime.parse(time)).atZone(DHAKA).toInstant();
    }
}
