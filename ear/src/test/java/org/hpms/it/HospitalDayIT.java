package org.hpms.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.hpms.it.support.Deployments;
import org.hpms.it.support.PatientFixtures;
import org.hpms.it.support.SchedulingFixtures;
import org.hpms.it.support.Staff;
import org.hpms.patient.application.PatientRegistrationService;
import org.hpms.patient.domain.InvalidPatientDataException;
import org.hpms.scheduling.application.AppointmentView;
import org.hpms.scheduling.application.BookingRequest;
import org.hpms.scheduling.application.BookingService;
import org.hpms.scheduling.application.QueueService;
import org.hpms.scheduling.application.SchedulingAdminService;
import org.hpms.scheduling.application.WaitlistRequest;
import org.hpms.scheduling.application.WaitlistService;
import org.hpms.scheduling.application.WaitlistView;
import org.hpms.scheduling.application.WalkInRequest;
import org.hpms.scheduling.domain.AppointmentStatus;
import org.hpms.scheduling.domain.ScheduleChange;
import org.hpms.scheduling.domain.ScheduleChangeKind;
import org.hpms.scheduling.domain.TimeInterval;
import org.hpms.scheduling.domain.VisitType;
import org.hpms.scheduling.domain.WaitlistStatus;
import org.hpms.security.Roles;
import org.hpms.shared.config.HpmsConfiguration;
import org.hpms.staff.application.StaffAccountService;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The day at the hospital: walk-ins and check-ins in a queue with token numbers, and the waitlist. */
@ExtendWith(ArquillianExtension.class)
class HospitalDayIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.applicationWithTests(HospitalDayIT.class);
    }

    /** Two paediatricians of this test only, at work now (an extra session) and every day 08:00-20:00. */
    private static final String FIRST = "dr.nasreen";
    private static final String SECOND = "dr.farhana";

    @EJB(lookup = "java:global/hpms/hpms-ejb/QueueService")
    QueueService queue;
    @EJB(lookup = "java:global/hpms/hpms-ejb/WaitlistService")
    WaitlistService waitlist;
    @EJB(lookup = "java:global/hpms/hpms-ejb/BookingService")
    BookingService booking;
    @EJB(lookup = "java:global/hpms/hpms-ejb/SchedulingAdminService")
    SchedulingAdminService admin;
    @EJB(lookup = "java:global/hpms/hpms-ejb/StaffAccountService")
    StaffAccountService accounts;
    @EJB(lookup = "java:global/hpms/hpms-ejb/PatientRegistrationService")
    PatientRegistrationService registration;

    private final ZoneId zone = HpmsConfiguration.hospitalZone();

    @BeforeEach
    void paediatriciansAtWork() throws Exception {
        Staff.as(Staff.ADMIN, () -> {
            if (!accounts.exists(FIRST)) {
                accounts.create(FIRST, "Dr. Nasreen Sultana", "Nasreen-Pass-2026!", List.of(Roles.DOCTOR));
                accounts.create(SECOND, "Dr. Farhana Islam", "Farhana-Pass-2026!", List.of(Roles.DOCTOR));
                for (String doctor : List.of(FIRST, SECOND)) {
                    admin.saveProfile(doctor, "Paediatrics", 20, 10, 40, List.of("Bengali"), List.of("PAEDIATRICS"));
                    SchedulingFixtures.worksEveryDay(admin, doctor, LocalTime.of(8, 0), LocalTime.of(20, 0), "Child OPD",
                            LocalDate.now(zone).minusDays(1));
                    Instant now = Instant.now().truncatedTo(ChronoUnit.MINUTES);
                    admin.addScheduleChange(doctor, new ScheduleChange(ScheduleChangeKind.EXTRA_SESSION,
                            new TimeInterval(now.minus(Duration.ofHours(1)), now.plus(Duration.ofHours(8))), "Child OPD"), "walk-in clinic");
                }
            }
            return null;
        });
    }

    @Test
    void walkInsAndArrivalsQueueWithTokensAndGoToTheDoctorWithTheShortestQueue() throws Exception {
        LocalDate today = LocalDate.now(zone);
        String firstChild = patient();
        AppointmentView first = reception(() -> queue.registerWalkIn(walkIn(firstChild, null)));
        AppointmentView second = reception(() -> queue.registerWalkIn(walkIn(patient(), null)));
        AppointmentView third = reception(() -> queue.registerWalkIn(walkIn(patient(), null)));

        assertTrue(first.walkIn());
        assertEquals(AppointmentStatus.CHECKED_IN, first.status(), "a walk-in has arrived");
        assertEquals("Child OPD", first.room());
        assertEquals(first.token() + 1, second.token());
        assertEquals(first.token() + 2, third.token());
        assertNotEquals(first.doctor(), second.doctor(), "the second walk-in goes to the doctor with nobody waiting");
        assertEquals(first.doctor(), third.doctor(), "both queues are as long: the first doctor by name again");

        Instant later = Instant.now().plus(Duration.ofHours(3)).truncatedTo(ChronoUnit.MINUTES);
        AppointmentView booked = reception(() -> booking.book(new BookingRequest(patient(), SECOND, later, VisitType.NEW,
                "PAEDIATRICS", "Cough")));
        assertNull(booked.token(), "a booked patient has no token until they arrive");
        AppointmentView arrived = reception(() -> booking.advance(booked.id(), AppointmentStatus.CHECKED_IN));
        assertEquals(first.token() + 3, arrived.token(), "arrivals and walk-ins share the department's numbering");

        List<AppointmentView> board = reception(() -> queue.board("Paediatrics", today));
        List<String> ours = List.of(first.id(), second.id(), third.id(), arrived.id());
        assertEquals(ours, board.stream().map(AppointmentView::id).filter(ours::contains).toList(), "in token order");

        Map<String, String> twice = assertThrows(InvalidPatientDataException.class,
                () -> reception(() -> queue.registerWalkIn(walkIn(firstChild, null)))).getFieldErrors();
        assertEquals("The patient already has an appointment now; check them in instead", twice.get("mrn"));
        Map<String, String> nobody = assertThrows(InvalidPatientDataException.class,
                () -> reception(() -> queue.registerWalkIn(new WalkInRequest(patient(), "PSYCHIATRY", null, VisitType.NEW, null))))
                .getFieldErrors();
        assertEquals("No doctor practises PSYCHIATRY", nobody.get("doctor"));

        Staff.as(Staff.DOCTOR, () -> booking.advance(first.id(), AppointmentStatus.IN_CONSULTATION));
        Staff.as(Staff.DOCTOR, () -> booking.advance(first.id(), AppointmentStatus.COMPLETED));
        List<String> stillThere = reception(() -> queue.board("Paediatrics", today)).stream().map(AppointmentView::id).toList();
        assertFalse(stillThere.contains(first.id()), "a completed visit leaves the board");
        assertTrue(stillThere.contains(second.id()));
        assertThrows(EJBAccessException.class, () -> Staff.as(Staff.BILLING, () -> queue.registerWalkIn(walkIn(firstChild, null))));
    }

    @Test
    void aCancellationOffersTheFreedSlotToTheFirstWaitingPatientWhoFits() throws Exception {
        LocalDate day = LocalDate.now(zone).plusDays(12);
        Instant ten = day.atTime(10, 0).atZone(zone).toInstant();
        String booked = patient();
        String waitingFirst = patient();
        String waitingSecond = patient();
        String waitingForOther = patient();
        AppointmentView appointment = reception(() -> booking.book(new BookingRequest(booked, FIRST, ten, VisitType.NEW,
                "PAEDIATRICS", null)));
        WaitlistView first = reception(() -> waitlist.join(new WaitlistRequest(waitingFirst, "PAEDIATRICS", null, VisitType.NEW,
                day.atStartOfDay(zone).toInstant(), day.plusDays(1).atStartOfDay(zone).toInstant())));
        reception(() -> waitlist.join(new WaitlistRequest(waitingForOther, "PAEDIATRICS", SECOND, VisitType.NEW,
                day.atStartOfDay(zone).toInstant(), day.plusDays(1).atStartOfDay(zone).toInstant())));
        WaitlistView second = reception(() -> waitlist.join(new WaitlistRequest(waitingSecond, "PAEDIATRICS", FIRST, VisitType.NEW,
                day.atStartOfDay(zone).toInstant(), day.plusDays(1).atStartOfDay(zone).toInstant())));

        reception(() -> {
            booking.cancel(appointment.id(), "Family moved away");
            return null;
        });
        Map<String, WaitlistView> open = openEntries();
        assertEquals(WaitlistStatus.OFFERED, open.get(first.id()).status(), "the oldest entry that fits gets the offer");
        assertEquals(FIRST, open.get(first.id()).offeredDoctor());
        assertEquals(ten, open.get(first.id()).offeredStart());
        assertEquals(WaitlistStatus.WAITING, open.get(second.id()).status());

        WaitlistView passedOn = reception(() -> waitlist.decline(first.id())).orElseThrow();
        assertEquals(second.id(), passedOn.id(), "declined: the next who fits (not the one waiting for another doctor)");
        assertEquals(WaitlistStatus.WAITING, openEntries().get(first.id()).status(), "who declined waits on");

        AppointmentView taken = reception(() -> waitlist.accept(second.id()));
        assertEquals(waitingSecond, taken.mrn());
        assertEquals(ten, taken.start());
        assertEquals(FIRST, taken.doctor());
        assertFalse(openEntries().containsKey(second.id()), "a booked entry leaves the list");
        Map<String, String> again = assertThrows(InvalidPatientDataException.class, () -> reception(() -> waitlist.accept(second.id())))
                .getFieldErrors();
        assertEquals("This patient holds no offer to answer", again.get("entry"));
        Map<String, String> badWindow = assertThrows(InvalidPatientDataException.class, () -> reception(() -> waitlist.join(
                new WaitlistRequest(waitingFirst, "PAEDIATRICS", null, VisitType.NEW, ten, ten.minusSeconds(60))))).getFieldErrors();
        assertTrue(badWindow.containsKey("windowUntil"), badWindow.toString());
    }

    private Map<String, WaitlistView> openEntries() throws Exception {
        return reception(() -> waitlist.open()).stream().collect(java.util.stream.Collectors.toMap(WaitlistView::id, w -> w));
    }

    private static WalkInRequest walkIn(String mrn, String doctor) {
        return new WalkInRequest(mrn, "PAEDIATRICS", doctor, VisitType.NEW, "Fever since yesterday");
    }

    private String patient() throws Exception {
        return reception(() -> registration.register(PatientFixtures.demographics("Child", PatientFixtures.uniqueWord("Queue"))))
                .toString();
    }

    private static <T> T reception(Callable<T> work) throws Exception {
        return Staff.as(Staff.RECEPTIONIST, work);
    }
}
