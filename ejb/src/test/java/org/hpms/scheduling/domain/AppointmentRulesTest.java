package org.hpms.scheduling.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AppointmentRulesTest {

    @Test
    void anAppointmentMovesThroughItsDayAndFinalStatusesStayFinal() {
        assertTrue(AppointmentStatus.BOOKED.canMoveTo(AppointmentStatus.CHECKED_IN));
        assertTrue(AppointmentStatus.CHECKED_IN.canMoveTo(AppointmentStatus.IN_CONSULTATION));
        assertTrue(AppointmentStatus.IN_CONSULTATION.canMoveTo(AppointmentStatus.COMPLETED));
        assertTrue(AppointmentStatus.BOOKED.canMoveTo(AppointmentStatus.NO_SHOW));
        assertFalse(AppointmentStatus.CHECKED_IN.canMoveTo(AppointmentStatus.NO_SHOW), "an arrived patient is no no-show");
        assertFalse(AppointmentStatus.BOOKED.canMoveTo(AppointmentStatus.COMPLETED), "not seen, not completed");
        for (AppointmentStatus last : List.of(AppointmentStatus.COMPLETED, AppointmentStatus.CANCELLED, AppointmentStatus.NO_SHOW)) {
            assertTrue(last.next().isEmpty(), last.name());
        }
        assertFalse(AppointmentStatus.CANCELLED.holdsTime());
        assertTrue(AppointmentStatus.NO_SHOW.holdsTime(), "a no-show still used the doctor's time");
    }

    @Test
    void aWeeklySeriesKeepsItsWallClockTimeAcrossAClockChange() {
        ZoneId london = ZoneId.of("Europe/London");
        Instant first = LocalDateTime.of(2026, 10, 14, 10, 0).atZone(london).toInstant();
        List<TimeInterval> visits = new RecurringSeries(first, Duration.ofMinutes(45), 7, 3).visits(london);
        assertEquals(List.of("2026-10-14T10:00", "2026-10-21T10:00", "2026-10-28T10:00"),
                visits.stream().map(v -> v.start().atZone(london).toLocalDateTime().toString()).toList());
        assertEquals(Duration.ofHours(7 * 24 + 1), Duration.between(visits.get(1).start(), visits.get(2).start()),
                "the week with the clock change is an hour longer");
        assertThrows(IllegalArgumentException.class, () -> new RecurringSeries(first, Duration.ofMinutes(45), 7, 53));
    }

    @Test
    void aComplaintGoesToTheSpecializationOfItsLongestKeyword() {
        ComplaintMapping mapping = new ComplaintMapping(Map.of("pain", "GENERAL_MEDICINE", "chest pain", "CARDIOLOGY",
                "rash", "DERMATOLOGY", "ear", "ENT"));
        assertEquals(Optional.of("CARDIOLOGY"), mapping.specializationFor("Chest pain on exertion since Monday"));
        assertEquals(Optional.of("GENERAL_MEDICINE"), mapping.specializationFor("Back pain"));
        assertEquals(Optional.of("DERMATOLOGY"), mapping.specializationFor("Itchy RASH, both arms"));
        assertEquals(Optional.empty(), mapping.specializationFor("Years of hearing loss"), "whole words: 'years' is not 'ear'");
    }

    @Test
    void intervalsOverlapOnlyWhenTheyShareTime() {
        Instant nine = Instant.parse("2026-12-01T03:00:00Z");
        TimeInterval first = new TimeInterval(nine, nine.plusSeconds(900));
        TimeInterval next = new TimeInterval(nine.plusSeconds(900), nine.plusSeconds(1800));
        assertFalse(first.overlaps(next), "back to back is not a double booking");
        assertTrue(first.overlaps(new TimeInterval(nine.plusSeconds(600), nine.plusSeconds(1200))));
        assertThrows(IllegalArgumentException.class, () -> new TimeInterval(nine, nine));
    }
}
