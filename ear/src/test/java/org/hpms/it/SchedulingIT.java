package org.hpms.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.hpms.it.support.Deployments;
import org.hpms.it.support.PatientFixtures;
import org.hpms.it.support.SchedulingFixtures;
import org.hpms.it.support.Staff;
import org.hpms.patient.application.PatientRegistrationService;
import org.hpms.patient.domain.InvalidPatientDataException;
import org.hpms.scheduling.application.AppointmentView;
import org.hpms.scheduling.application.Assignment;
import org.hpms.scheduling.application.AssignmentRequest;
import org.hpms.scheduling.application.AssignmentService;
import org.hpms.scheduling.application.BookingRequest;
import org.hpms.scheduling.application.BookingService;
import org.hpms.scheduling.application.NoShowSweeper;
import org.hpms.scheduling.application.SchedulingAdminService;
import org.hpms.scheduling.domain.AppointmentStatus;
import org.hpms.scheduling.domain.Proposal;
import org.hpms.scheduling.domain.RankingPolicy;
import org.hpms.scheduling.domain.ScheduleChange;
import org.hpms.scheduling.domain.ScheduleChangeKind;
import org.hpms.scheduling.domain.Slot;
import org.hpms.scheduling.domain.SlotTakenException;
import org.hpms.scheduling.domain.TimeInterval;
import org.hpms.scheduling.domain.VisitType;
import org.hpms.scheduling.domain.WeeklySession;
import org.hpms.security.Roles;
import org.hpms.shared.config.HpmsConfiguration;
import org.hpms.staff.application.StaffAccountService;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Booking: atomic, never a double booking of a doctor or a patient, refusals with reasons, roles. */
@ExtendWith(ArquillianExtension.class)
class SchedulingIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.applicationWithTests(SchedulingIT.class);
    }

    /** Doctors of this test only (the demo doctor's template belongs to the other tests). */
    private static final String PHYSICIAN = "dr.hasan";
    private static final String CARDIOLOGIST = "dr.kabir";
    /** A second physician who starts an hour earlier than dr.rahman every day. */
    private static final String EARLY_PHYSICIAN = "dr.sultana";

    @EJB(lookup = "java:global/hpms/hpms-ejb/BookingService")
    BookingService booking;
    @EJB(lookup = "java:global/hpms/hpms-ejb/SchedulingAdminService")
    SchedulingAdminService admin;
    @EJB(lookup = "java:global/hpms/hpms-ejb/AssignmentService")
    AssignmentService assignments;
    @EJB(lookup = "java:global/hpms/hpms-ejb/NoShowSweeper")
    NoShowSweeper sweeper;
    @EJB(lookup = "java:global/hpms/hpms-ejb/StaffAccountService")
    StaffAccountService accounts;
    @EJB(lookup = "java:global/hpms/hpms-ejb/PatientRegistrationService")
    PatientRegistrationService registration;

    @Resource(lookup = "java:jboss/datasources/HpmsLocalDS")
    DataSource dataSource;

    @Resource
    ManagedExecutorService executor;

    private final ZoneId zone = HpmsConfiguration.hospitalZone();

    /** Three doctors working every day 08:00 (dr.sultana 07:00) to 20:00, set up once per test database. */
    @BeforeEach
    void doctorsAtWork() throws Exception {
        Staff.as(Staff.ADMIN, () -> {
            boolean firstTime = !accounts.exists(CARDIOLOGIST);
            if (firstTime) {
                accounts.create(PHYSICIAN, "Dr. Mahmud Hasan", "Hasan-Pass-2026!", List.of(Roles.DOCTOR));
                accounts.create(CARDIOLOGIST, "Dr. Humayun Kabir", "Cardio-Pass-2026!", List.of(Roles.DOCTOR));
                accounts.create(EARLY_PHYSICIAN, "Dr. Sultana Parvin", "Early-Pass-2026!", List.of(Roles.DOCTOR));
            }
            admin.saveProfile(PHYSICIAN, "Medicine", 20, 10, 30, List.of("Bengali", "English"),
                    List.of("GENERAL_MEDICINE", "ENDOCRINOLOGY"));
            admin.saveProfile(CARDIOLOGIST, "Cardiology", 30, 15, 30, List.of("Bengali"), List.of("CARDIOLOGY"));
            admin.saveProfile(EARLY_PHYSICIAN, "Medicine", 20, 10, 30, List.of("English"), List.of("GENERAL_MEDICINE"));
            if (firstTime) {
                for (String doctor : List.of(PHYSICIAN, CARDIOLOGIST, EARLY_PHYSICIAN)) {
                    SchedulingFixtures.worksEveryDay(admin, doctor, LocalTime.of(doctor.equals(EARLY_PHYSICIAN) ? 7 : 8, 0),
                            LocalTime.of(20, 0), doctor.equals(CARDIOLOGIST) ? "OPD 7" : "OPD 4", LocalDate.now(zone).minusDays(1));
                }
            }
            return null;
        });
    }

    @Test
    void aSlotIsBookedOnceAndNeitherDoctorNorPatientIsEverDoubleBooked() throws Exception {
        LocalDate day = LocalDate.now(zone).plusDays(10);
        String first = patient();
        String second = patient();

        AppointmentView booked = reception(() -> booking.book(request(first, PHYSICIAN, day, "09:00", "GENERAL_MEDICINE")));
        assertEquals(AppointmentStatus.BOOKED, booked.status());
        assertEquals("OPD 4", booked.room());
        assertEquals(at(day, "09:20"), booked.end(), "a new-patient visit with this doctor lasts 20 minutes");

        assertThrows(SlotTakenException.class, () -> reception(() -> booking.book(request(second, PHYSICIAN, day, "09:00",
                "GENERAL_MEDICINE"))));
        assertThrows(SlotTakenException.class, () -> reception(() -> booking.book(request(second, PHYSICIAN, day, "09:10",
                "GENERAL_MEDICINE"))), "overlapping start");
        reception(() -> booking.book(request(second, PHYSICIAN, day, "09:20", "GENERAL_MEDICINE"))); // back to back is fine

        Map<String, String> ownClash = assertThrows(InvalidPatientDataException.class, () -> reception(() -> booking.book(
                request(first, CARDIOLOGIST, day, "09:10", "CARDIOLOGY")))).getFieldErrors();
        assertTrue(ownClash.get("start").startsWith("The patient already has an appointment at "), ownClash.toString());

        List<Slot> free = reception(() -> booking.freeSlots(PHYSICIAN, VisitType.NEW, day, day));
        assertFalse(free.stream().anyMatch(s -> s.interval().overlaps(new TimeInterval(at(day, "09:00"), at(day, "09:40")))));
        assertTrue(free.stream().anyMatch(s -> s.interval().start().equals(at(day, "09:40"))));

        reception(() -> {
            booking.cancel(booked.id(), "Patient travelling");
            return null;
        });
        AppointmentView rebooked = reception(() -> booking.book(new BookingRequest(second, PHYSICIAN, at(day, "09:00"),
                VisitType.FOLLOW_UP, "GENERAL_MEDICINE", null)));
        assertEquals(at(day, "09:10"), rebooked.end(), "the cancelled appointment's time is free again; follow-ups last 10 minutes");
        assertEquals(1, holding(PHYSICIAN, at(day, "09:00")), "one appointment holds the doctor's 09:00");
    }

    @Test
    void impossibleBookingsAreRefusedWithTheReason() throws Exception {
        LocalDate day = LocalDate.now(zone).plusDays(11);
        String mrn = patient();
        assertEquals("This time has passed", refusal(new BookingRequest(mrn, PHYSICIAN, Instant.now().minusSeconds(3600),
                VisitType.NEW, "GENERAL_MEDICINE", null)).get("start"));
        assertEquals("Outside Dr " + PHYSICIAN + "'s working hours",
                refusal(request(mrn, PHYSICIAN, day, "21:00", "GENERAL_MEDICINE")).get("start"));
        assertEquals("Dr " + PHYSICIAN + " does not practise CARDIOLOGY",
                refusal(request(mrn, PHYSICIAN, day, "10:00", "CARDIOLOGY")).get("specialization"));
        assertEquals("No bookable doctor is called dr.nobody",
                refusal(request(mrn, "dr.nobody", day, "10:00", "GENERAL_MEDICINE")).get("doctor"));

        LocalDate leaveDay = LocalDate.now(zone).plusDays(12);
        Staff.as(Staff.ADMIN, () -> {
            admin.addScheduleChange(CARDIOLOGIST, new ScheduleChange(ScheduleChangeKind.LEAVE, new TimeInterval(
                    leaveDay.atStartOfDay(zone).toInstant(), leaveDay.plusDays(1).atStartOfDay(zone).toInstant()), null), "Conference");
            return null;
        });
        assertEquals("Dr " + CARDIOLOGIST + " is not available then (leave)",
                refusal(request(mrn, CARDIOLOGIST, leaveDay, "10:00", "CARDIOLOGY")).get("start"));
        assertTrue(reception(() -> booking.freeSlots(CARDIOLOGIST, VisitType.NEW, leaveDay, leaveDay)).isEmpty(), "no slots on leave");
        assertEquals(0, holding(CARDIOLOGIST, at(leaveDay, "10:00")) + holding(PHYSICIAN, at(day, "10:00")), "nothing saved");
    }

    @Test
    void twentyClerksRaceForOneSlotAndExactlyOneWins() throws Exception {
        LocalDate day = LocalDate.now(zone).plusDays(13);
        List<String> patients = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            patients.add(patient());
        }
        List<String> outcomes = reception(() -> {
            List<Future<String>> attempts = new ArrayList<>();
            for (String mrn : patients) {
                attempts.add(executor.submit(() -> {
                    try {
                        booking.book(request(mrn, CARDIOLOGIST, day, "11:00", "CARDIOLOGY"));
                        return "booked";
                    } catch (SlotTakenException e) {
                        return "taken";
                    } catch (Exception e) {
                        return "error: " + e;
                    }
                }));
            }
            List<String> results = new ArrayList<>();
            for (Future<String> attempt : attempts) {
                results.add(attempt.get());
            }
            return results;
        });
        assertEquals(1, outcomes.stream().filter("booked"::equals).count(), outcomes.toString());
        assertEquals(19, outcomes.stream().filter("taken"::equals).count(), outcomes.toString());
        assertEquals(1, holding(CARDIOLOGIST, at(day, "11:00")));
    }

    @Test
    void onlyFrontDeskAndCliniciansBookAndOnlyAdminsKeepTemplates() throws Exception {
        LocalDate day = LocalDate.now(zone).plusDays(14);
        String mrn = patient();
        for (String account : List.of(Staff.BILLING, Staff.LAB_TECH)) {
            assertThrows(EJBAccessException.class, () -> Staff.as(account, () -> booking.book(
                    request(mrn, PHYSICIAN, day, "10:00", "GENERAL_MEDICINE"))), account);
            assertFalse(Staff.as(account, () -> booking.freeSlots(PHYSICIAN, VisitType.NEW, day, day)).isEmpty(),
                    account + " may look at free slots");
        }
        for (String account : List.of(Staff.RECEPTIONIST, Staff.NURSE, Staff.DOCTOR)) {
            assertThrows(EJBAccessException.class, () -> Staff.as(account, () -> {
                admin.addScheduleChange(PHYSICIAN, new ScheduleChange(ScheduleChangeKind.LEAVE,
                        new TimeInterval(at(day, "08:00"), at(day, "20:00")), null), "self-granted");
                return null;
            }), account);
        }
        assertThrows(EJBAccessException.class, () -> booking.freeSlots(PHYSICIAN, VisitType.NEW, day, day));
    }

    @Test
    void assignmentFindsTheSpecialistFromTheComplaintAndExplainsWhoIsLeftOut() throws Exception {
        String mrn = patient();
        LocalDate day = LocalDate.now(zone).plusDays(15);
        AssignmentRequest chestPain = new AssignmentRequest(mrn, null, "Chest pain on exertion for a week", VisitType.NEW,
                at(day, "00:00"), at(day.plusDays(2), "00:00"), null, RankingPolicy.EARLIEST, null);

        Assignment assignment = reception(() -> assignments.propose(chestPain));
        assertEquals("CARDIOLOGY", assignment.specialization());
        assertEquals(List.of(CARDIOLOGIST), assignment.proposals().stream().map(Proposal::doctor).toList());
        assertEquals(at(day, "08:00"), assignment.proposals().get(0).slot().interval().start());
        assertEquals("earliest free slot (0 of 30 booked that day)", assignment.proposals().get(0).reason());

        AppointmentView booked = reception(() -> assignments.assignAndBook(chestPain));
        assertEquals(CARDIOLOGIST, booked.doctor());
        assertEquals(at(day, "08:00"), booked.start());
        assertEquals(at(day, "08:30"), reception(() -> assignments.propose(chestPain)).proposals().get(0).slot().interval().start(),
                "the next proposal is the next free slot");

        LocalDate leave = LocalDate.now(zone).plusDays(16);
        Staff.as(Staff.ADMIN, () -> {
            admin.addScheduleChange(CARDIOLOGIST, new ScheduleChange(ScheduleChangeKind.LEAVE, new TimeInterval(
                    leave.atStartOfDay(zone).toInstant(), leave.plusDays(3).atStartOfDay(zone).toInstant()), null), "Annual leave");
            return null;
        });
        AssignmentRequest duringLeave = new AssignmentRequest(mrn, "CARDIOLOGY", null, VisitType.NEW, at(leave, "00:00"),
                at(leave.plusDays(2), "00:00"), null, null, null);
        Assignment none = reception(() -> assignments.propose(duringLeave));
        assertTrue(none.proposals().isEmpty());
        assertEquals(List.of("Dr. Humayun Kabir is on leave"), none.exclusions());
        assertTrue(assertThrows(InvalidPatientDataException.class, () -> reception(() -> assignments.assignAndBook(duringLeave)))
                .getFieldErrors().get("doctor").endsWith("Dr. Humayun Kabir is on leave"));

        assertEquals(List.of("Dr. Humayun Kabir does not speak French"), reception(() -> assignments.propose(
                new AssignmentRequest(mrn, "CARDIOLOGY", null, VisitType.NEW, null, null, "French", null, null))).exclusions());
        assertEquals("No doctor practises psychiatry", assertThrows(InvalidPatientDataException.class, () -> reception(
                () -> assignments.propose(new AssignmentRequest(mrn, "PSYCHIATRY", null, VisitType.NEW, null, null, null, null, null))))
                .getFieldErrors().get("specialization"));
    }

    /** Assignment keeps templates between requests; a change must count from the very next proposal. */
    @Test
    void aTemplateChangeCountsFromTheVeryNextProposal() throws Exception {
        String mrn = patient();
        LocalDate day = LocalDate.now(zone).plusDays(12);
        soleDoctorOf("SLEEP_MEDICINE", "Sleep medicine", "dr.nupur", "Dr. Nupur Alam", 12, "English", LocalTime.of(9, 0),
                LocalTime.of(17, 0), "Sleep 1");
        AssignmentRequest request = new AssignmentRequest(mrn, "SLEEP_MEDICINE", null, VisitType.NEW, at(day, "00:00"),
                at(day.plusDays(1), "00:00"), null, RankingPolicy.EARLIEST, null);
        assertEquals(at(day, "09:00"), reception(() -> assignments.propose(request)).proposals().get(0).slot().interval().start());

        Staff.as(Staff.ADMIN, () -> {
            for (var line : admin.workingHours("dr.nupur")) {
                admin.endWorkingHours(line.id(), day.minusDays(1));
            }
            return null;
        });
        Assignment stopped = reception(() -> assignments.propose(request));
        assertTrue(stopped.proposals().isEmpty(), "the ended template no longer counts");
        assertEquals(List.of("Dr. Nupur Alam has no free slot in the window"), stopped.exclusions());

        Staff.as(Staff.ADMIN, () -> {
            admin.addWorkingHours("dr.nupur", new WeeklySession(day.getDayOfWeek(), LocalTime.of(13, 0), LocalTime.of(17, 0), "Sleep 2",
                    day.minusDays(1), null));
            return null;
        });
        Proposal afternoon = reception(() -> assignments.propose(request)).proposals().get(0);
        assertEquals(at(day, "13:00"), afternoon.slot().interval().start(), "the new afternoon session counts at once");
        assertEquals("Sleep 2", afternoon.slot().room());
    }

    /**
     * Proposals come from calendars the server keeps between requests (AvailabilityBoard); the booking
     * itself is checked against the database. A booking written behind the board's back is still never
     * double-booked, and the board re-reads the doctor; one that moved the doctor's stamp is seen by the
     * very next proposal.
     */
    @Test
    void bookingsMadeElsewhereAreNeverDoubleBookedAndSeenByTheNextProposal() throws Exception {
        LocalDate day = LocalDate.now(zone).plusDays(17);
        soleDoctorOf("PAIN_MEDICINE", "Pain medicine", "dr.rahim", "Dr. Abdur Rahim", 20, "Bengali", LocalTime.of(8, 0),
                LocalTime.of(12, 0), "Pain 1");
        AssignmentRequest request = new AssignmentRequest(patient(), "PAIN_MEDICINE", null, VisitType.NEW, at(day, "00:00"),
                at(day.plusDays(1), "00:00"), null, RankingPolicy.EARLIEST, null);
        assertEquals(at(day, "08:00"), reception(() -> assignments.propose(request)).proposals().get(0).slot().interval().start());

        insertAppointment(patient(), "dr.rahim", at(day, "08:00"), false); // as a writer that does not move the stamp would
        AppointmentView booked = reception(() -> assignments.assignAndBook(request));
        assertEquals(at(day, "08:30"), booked.start(), "the kept calendar's 08:00 was refused under the lock; the next proposal re-read it");
        assertEquals(1, holding("dr.rahim", at(day, "08:00")), "the 08:00 is held once");

        insertAppointment(patient(), "dr.rahim", at(day, "09:00"), true); // as another server's booking does
        AssignmentRequest another = new AssignmentRequest(patient(), "PAIN_MEDICINE", null, VisitType.NEW, at(day, "00:00"),
                at(day.plusDays(1), "00:00"), null, RankingPolicy.EARLIEST, null);
        assertEquals(at(day, "09:30"), reception(() -> assignments.propose(another)).proposals().get(0).slot().interval().start(),
                "the moved stamp makes the very next proposal re-read the calendar");
    }

    /** A new specialization with one doctor (30-minute new visits) working every day in the given hours. */
    private void soleDoctorOf(String specialization, String name, String doctor, String fullName, int dailyCapacity, String language,
                              LocalTime from, LocalTime until, String room) throws Exception {
        Staff.as(Staff.ADMIN, () -> {
            admin.saveSpecialization(specialization, name);
            accounts.create(doctor, fullName, "Sole-Doctor-Pass-2026!", List.of(Roles.DOCTOR));
            admin.saveProfile(doctor, name + " clinic", 30, 15, dailyCapacity, List.of(language), List.of(specialization));
            SchedulingFixtures.worksEveryDay(admin, doctor, from, until, room, LocalDate.now(zone).minusDays(1));
            return null;
        });
    }

    /** An appointment written straight to the database; {@code moveStamp} also advances the doctor's calendar version. */
    private void insertAppointment(String mrn, String doctor, Instant start, boolean moveStamp) throws Exception {
        LocalDateTime startsAt = LocalDateTime.ofInstant(start, ZoneOffset.UTC);
        try (Connection connection = dataSource.getConnection(); PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO appointment (public_id, patient_id, doctor_id, starts_at, ends_at, visit_type, specialization_code, status,"
                        + " walk_in, created_at, created_by, updated_at, updated_by, version)"
                        + " SELECT UUID(), p.id, d.id, ?, ?, 'NEW', 'PAIN_MEDICINE', 'BOOKED', FALSE, NOW(6), 'elsewhere', NOW(6), 'elsewhere', 0"
                        + " FROM patient p, doctor_profile d WHERE p.mrn = ? AND d.staff_username = ?")) {
            insert.setObject(1, startsAt);
            insert.setObject(2, startsAt.plusMinutes(30));
            insert.setString(3, mrn);
            insert.setString(4, doctor);
            assertEquals(1, insert.executeUpdate());
            if (moveStamp) {
                try (PreparedStatement stamp = connection.prepareStatement(
                        "UPDATE doctor_profile SET calendar_version = calendar_version + 1 WHERE staff_username = ?")) {
                    stamp.setString(1, doctor);
                    assertEquals(1, stamp.executeUpdate());
                }
            }
        }
    }

    @Test
    void aFollowUpGoesBackToThePreviousDoctorUnderContinuity() throws Exception {
        String mrn = patient();
        LocalDate first = LocalDate.now(zone).plusDays(20);
        reception(() -> booking.book(request(mrn, PHYSICIAN, first, "09:00", "GENERAL_MEDICINE")));
        LocalDate next = first.plusDays(7);
        AssignmentRequest followUp = new AssignmentRequest(mrn, "GENERAL_MEDICINE", null, VisitType.FOLLOW_UP, at(next, "00:00"),
                at(next.plusDays(1), "00:00"), null, RankingPolicy.EARLIEST, null);

        assertEquals(EARLY_PHYSICIAN, reception(() -> assignments.propose(followUp)).proposals().get(0).doctor(),
                "earliest: the physician who starts at 07:00");
        AssignmentRequest continuity = new AssignmentRequest(mrn, "GENERAL_MEDICINE", null, VisitType.FOLLOW_UP, at(next, "00:00"),
                at(next.plusDays(1), "00:00"), null, RankingPolicy.CONTINUITY, null);
        Proposal best = reception(() -> assignments.propose(continuity)).proposals().get(0);
        assertEquals(PHYSICIAN, best.doctor());
        assertEquals("the patient's previous doctor (0 of 30 booked that day)", best.reason());
        AppointmentView booked = reception(() -> assignments.assignAndBook(continuity));
        assertEquals(PHYSICIAN, booked.doctor());
        assertEquals(at(next, "08:00"), booked.start());
        assertEquals(at(next, "08:10"), booked.end(), "follow-ups with this doctor last 10 minutes");
    }

    @Test
    void aSeriesIsBookedWholeOrNotAtAll() throws Exception {
        String mrn = patient();
        String other = patient();
        LocalDate start = LocalDate.now(zone).plusDays(30);
        reception(() -> booking.book(request(other, EARLY_PHYSICIAN, start.plusDays(14), "10:00", "GENERAL_MEDICINE")));

        String conflict = assertThrows(InvalidPatientDataException.class, () -> reception(() -> booking.bookSeries(
                request(mrn, EARLY_PHYSICIAN, start, "10:00", "GENERAL_MEDICINE"), 7, 4))).getFieldErrors().get("series");
        assertTrue(conflict.startsWith("Visit 3 on ") && conflict.endsWith(": the doctor is booked then"), conflict);
        assertEquals(0, holding(EARLY_PHYSICIAN, at(start, "10:00")), "the first two visits were not kept either");

        List<AppointmentView> series = reception(() -> booking.bookSeries(
                request(mrn, EARLY_PHYSICIAN, start, "11:00", "GENERAL_MEDICINE"), 7, 4));
        assertEquals(4, series.size());
        assertNotNull(series.get(0).seriesId(), "the visits are marked as one series");
        assertEquals(1, series.stream().map(AppointmentView::seriesId).distinct().count());
        assertEquals(at(start.plusDays(21), "11:00"), series.get(3).start());
    }

    @Test
    void anAppointmentIsMovedThenSeenAndItsDayRunsInOrder() throws Exception {
        String mrn = patient();
        LocalDate day = LocalDate.now(zone).plusDays(31);
        AppointmentView booked = reception(() -> booking.book(request(mrn, PHYSICIAN, day, "09:00", "GENERAL_MEDICINE")));
        AppointmentView moved = reception(() -> booking.reschedule(booked.id(), at(day, "10:00"), null));
        assertEquals(at(day, "10:00"), moved.start());
        assertEquals(0, holding(PHYSICIAN, at(day, "09:00")), "the old time is free again");
        assertEquals(List.of(moved.id()), reception(() -> booking.dayList(PHYSICIAN, day)).stream().map(AppointmentView::id).toList());

        assertEquals("A booked appointment cannot become completed", assertThrows(InvalidPatientDataException.class,
                () -> reception(() -> booking.advance(moved.id(), AppointmentStatus.COMPLETED))).getFieldErrors().get("status"));
        reception(() -> booking.advance(moved.id(), AppointmentStatus.CHECKED_IN));
        Staff.as(Staff.DOCTOR, () -> booking.advance(moved.id(), AppointmentStatus.IN_CONSULTATION));
        AppointmentView done = Staff.as(Staff.DOCTOR, () -> booking.advance(moved.id(), AppointmentStatus.COMPLETED));
        assertEquals(AppointmentStatus.COMPLETED, done.status());
        assertTrue(assertThrows(InvalidPatientDataException.class, () -> reception(() -> booking.reschedule(moved.id(),
                at(day, "11:00"), null))).getFieldErrors().containsKey("appointment"), "a completed visit stays where it was");
    }

    @Test
    void patientsWhoDoNotComeBecomeNoShowsAfterTheGracePeriod() throws Exception {
        LocalDate day = LocalDate.now(zone).plusDays(40);
        AppointmentView absent = reception(() -> booking.book(request(patient(), PHYSICIAN, day, "09:00", "GENERAL_MEDICINE")));
        AppointmentView present = reception(() -> booking.book(request(patient(), PHYSICIAN, day, "09:20", "GENERAL_MEDICINE")));
        reception(() -> booking.advance(present.id(), AppointmentStatus.CHECKED_IN));

        Staff.as(Staff.ADMIN, () -> sweeper.markNoShows(at(day, "09:25")));
        assertEquals(AppointmentStatus.BOOKED, statusesOn(day).get(absent.id()), "within 30 minutes of the start");
        assertTrue(Staff.as(Staff.ADMIN, () -> sweeper.markNoShows(at(day, "09:40"))) >= 1);
        Map<String, AppointmentStatus> statuses = statusesOn(day);
        assertEquals(AppointmentStatus.NO_SHOW, statuses.get(absent.id()));
        assertEquals(AppointmentStatus.CHECKED_IN, statuses.get(present.id()), "an arrived patient is no no-show");
        assertThrows(EJBAccessException.class, () -> reception(() -> sweeper.markNoShows(Instant.now())));
    }

    @Test
    void whenADoctorGoesOnLeaveTheirAppointmentsAreOfferedToOthers() throws Exception {
        LocalDate day = LocalDate.now(zone).plusDays(45);
        String mrn = patient();
        AppointmentView booked = reception(() -> booking.book(request(mrn, PHYSICIAN, day, "10:00", "GENERAL_MEDICINE")));

        List<AppointmentView> affected = Staff.as(Staff.ADMIN, () -> admin.addScheduleChange(PHYSICIAN, new ScheduleChange(
                ScheduleChangeKind.LEAVE, new TimeInterval(day.atStartOfDay(zone).toInstant(), day.plusDays(1).atStartOfDay(zone)
                .toInstant()), null), "Sick leave"));
        assertEquals(List.of(booked.id()), affected.stream().map(AppointmentView::id).toList());
        Assignment alternatives = reception(() -> assignments.alternativesFor(booked.id()));
        Proposal best = alternatives.proposals().get(0);
        assertFalse(best.doctor().equals(PHYSICIAN), "the doctor on leave is not first: " + alternatives);
        assertEquals(at(day, "10:00"), best.slot().interval().start(), "another physician is free at the booked time");

        AppointmentView moved = reception(() -> assignments.reassign(booked.id()));
        assertFalse(moved.doctor().equals(PHYSICIAN), "another doctor takes the patient");
        assertEquals(at(day, "10:00"), moved.start(), "at the time the patient had booked");
        assertEquals(0, holding(PHYSICIAN, at(day, "10:00")), "the old appointment is cancelled");
    }

    private Map<String, AppointmentStatus> statusesOn(LocalDate day) throws Exception {
        return reception(() -> booking.dayList(PHYSICIAN, day)).stream()
                .collect(Collectors.toMap(AppointmentView::id, AppointmentView::status));
    }

    private Map<String, String> refusal(BookingRequest request) {
        return assertThrows(InvalidPatientDataException.class, () -> reception(() -> booking.book(request))).getFieldErrors();
    }

    private BookingRequest request(String mrn, String doctor, LocalDate day, String time, String specialization) {
        return new BookingRequest(mrn, doctor, at(day, time), VisitType.NEW, specialization, "Check-up");
    }

    private Instant at(LocalDate day, String time) {
        return day.atTime(LocalTime.parse(time)).atZone(zone).toInstant();
    }

    private String patient() throws Exception {
        return reception(() -> registration.register(PatientFixtures.demographics("Booked", PatientFixtures.uniqueWord("Patient"))))
                .toString();
    }

    private static <T> T reception(java.util.concurrent.Callable<T> work) throws Exception {
        return Staff.as(Staff.RECEPTIONIST, work);
    }

    private long holding(String doctor, Instant start) throws Exception {
        return count("SELECT COUNT(*) FROM appointment a JOIN doctor_profile d ON d.id = a.doctor_id"
                + " WHERE d.staff_username = ? AND a.starts_at = ? AND a.status <> 'CANCELLED'", doctor, start);
    }

    private long count(String sql, String doctor, Instant start) throws Exception {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            if (doctor != null) {
                statement.setString(1, doctor);
                statement.setObject(2, LocalDateTime.ofInstant(start, ZoneOffset.UTC)); // stored as UTC (hibernate.jdbc.time_zone)
            }
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }
}
