package org.hpms.scheduling.application;

import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntConsumer;
import java.util.stream.Collectors;
import org.hpms.scheduling.domain.DoctorProfile;
import org.hpms.scheduling.domain.DoctorTerms;
import org.hpms.scheduling.domain.TimeInterval;
import org.hpms.shared.persistence.NativeSql;

/**
 * What this server knows of doctors' calendars, kept between requests: automated assignment looks at
 * every doctor of a specialization on every request, and re-reading 50 calendars each time was most of
 * its cost. Each doctor's calendar is stamped with the doctor row's {@code version} (profile, template,
 * exceptions) and {@code calendar_version} (advanced by every booking, V16). A request reads the stamps
 * of the specialization's doctors in one query and re-reads only the calendars whose stamp moved (only
 * their bookings, when the profile's version holds); a booking made here adds itself to the kept calendar
 * as it commits, so on a server that takes the bookings little is re-read at all. Cancellations made
 * here drop the doctor's calendar; those made on another server are seen within {@link #MAX_AGE}. The
 * board only guides proposals: a booking checks the doctor's and the patient's time against the database
 * under the doctor's lock.
 */
final class AvailabilityBoard {

    /** How long a kept calendar is trusted without a stamp change (cancellations on other servers do not move it). */
    static final Duration MAX_AGE = Duration.ofSeconds(60);

    /** The longest stretch of dates kept per doctor (a 31-day window and some room around it). */
    static final int MAX_DAYS = 45;

    /** Where a doctor's calendar stands: the row's version and its calendar version. */
    record Stamp(long version, long calendarVersion) {
    }

    /** A practising doctor as the stamp query sees them. */
    record Doctor(long id, String username, String name, Stamp stamp) {
    }

    private record Entry(Stamp stamp, DoctorCalendar calendar, Set<String> specializations, long keptSince) {

        /**
         * Still good for a doctor whose row showed this stamp: the same profile and template, and every booking
         * up to that calendar version (a later one, added here as it committed, makes the entry newer, not stale).
         */
        boolean goodFor(Stamp seen) {
            return sameProfile(seen) && stamp.calendarVersion() >= seen.calendarVersion();
        }

        boolean sameProfile(Stamp seen) {
            return stamp.version() == seen.version() && System.nanoTime() - keptSince < MAX_AGE.toNanos();
        }
    }

    private static final Map<Long, Entry> KEPT = new ConcurrentHashMap<>();

    /** Doctors somebody on this server is booking right now. */
    private static final Set<String> BEING_BOOKED = ConcurrentHashMap.newKeySet();

    private AvailabilityBoard() {
    }

    /** The active doctors of a current (not retired) specialization with their names and stamps, by username, in one query. */
    static List<Doctor> practising(EntityManager em, String specialization) {
        return em.createQuery("SELECT d.id, d.username, u.fullName, d.version, d.calendarVersion FROM DoctorProfile d"
                        + " JOIN d.specializations s LEFT JOIN StaffUser u ON u.username = d.username"
                        + " WHERE s = :code AND d.active = true"
                        + " AND EXISTS (SELECT 1 FROM Specialization c WHERE c.code = :code AND c.retired = false)"
                        + " ORDER BY d.username", Object[].class)
                .setParameter("code", specialization).getResultStream()
                .map(row -> new Doctor((Long) row[0], (String) row[1], row[2] == null ? (String) row[1] : (String) row[2],
                        new Stamp((Long) row[3], (Long) row[4])))
                .toList();
    }

    /**
     * The doctors' calendars holding the dates (and maybe more): kept ones whose stamp still holds; for the
     * others only the bookings are read again when the profile's version holds, else everything (five
     * queries for all of them, over the dates and those already kept, up to {@link #MAX_DAYS}); what was
     * read is kept. The kept calendars themselves are handed out, with what they know of their first free slots.
     */
    static Map<Long, DoctorCalendar> calendars(EntityManager em, List<Doctor> doctors, LocalDate from, LocalDate until, ZoneId zone) {
        Map<Long, DoctorCalendar> calendars = new HashMap<>();
        Map<List<LocalDate>, List<Doctor>> toRead = new LinkedHashMap<>();
        Map<List<LocalDate>, List<Doctor>> bookingsToRead = new LinkedHashMap<>();
        for (Doctor doctor : doctors) {
            Entry kept = KEPT.get(doctor.id());
            if (kept != null && kept.goodFor(doctor.stamp()) && kept.calendar().covers(from, until, zone)) {
                calendars.put(doctor.id(), kept.calendar());
                continue;
            }
            if (kept != null && kept.sameProfile(doctor.stamp()) && kept.calendar().covers(from, until, zone)) {
                // only bookings moved on (another server's, or one whose commit is not added here yet): read just those
                bookingsToRead.computeIfAbsent(List.of(kept.calendar().from(), kept.calendar().until()), k -> new ArrayList<>()).add(doctor);
                continue;
            }
            LocalDate first = from;
            LocalDate last = until;
            if (kept != null && kept.goodFor(doctor.stamp()) && kept.calendar().zone().equals(zone)) {
                // widen what is kept rather than swap one stretch of dates for another
                LocalDate widerFirst = kept.calendar().from().isBefore(from) ? kept.calendar().from() : from;
                LocalDate widerLast = kept.calendar().until().isAfter(until) ? kept.calendar().until() : until;
                if (!widerLast.isAfter(widerFirst.plusDays(MAX_DAYS))) {
                    first = widerFirst;
                    last = widerLast;
                }
            }
            toRead.computeIfAbsent(List.of(first, last), k -> new ArrayList<>()).add(doctor);
        }
        for (Map.Entry<List<LocalDate>, List<Doctor>> group : bookingsToRead.entrySet()) {
            Map<Long, List<TimeInterval>> bookings = DoctorCalendar.bookings(em, group.getValue().stream().map(Doctor::id).toList(),
                    group.getKey().get(0), group.getKey().get(1), zone);
            for (Doctor doctor : group.getValue()) {
                Entry kept = KEPT.get(doctor.id());
                if (kept == null) { // forgotten meanwhile (a cancellation): read it whole with the others
                    toRead.computeIfAbsent(List.of(from, until), k -> new ArrayList<>()).add(doctor);
                    continue;
                }
                Entry again = new Entry(doctor.stamp(), kept.calendar().withBookings(bookings.getOrDefault(doctor.id(), List.of())),
                        kept.specializations(), kept.keptSince());
                keep(doctor.id(), again);
                calendars.put(doctor.id(), again.calendar());
            }
        }
        for (Map.Entry<List<LocalDate>, List<Doctor>> group : toRead.entrySet()) {
            LocalDate first = group.getKey().get(0);
            LocalDate last = group.getKey().get(1);
            calendars.putAll(read(em, group.getValue(), first, last, zone));
        }
        return calendars;
    }

    /** Reads and keeps the calendars; the stamps were read before, so a kept calendar is never older than its stamp. */
    private static Map<Long, DoctorCalendar> read(EntityManager em, List<Doctor> doctors, LocalDate from, LocalDate until, ZoneId zone) {
        long readAt = System.nanoTime();
        List<Long> ids = doctors.stream().map(Doctor::id).toList();
        List<DoctorTerms> terms = em.createQuery("SELECT d FROM DoctorProfile d WHERE d.id IN :ids", DoctorProfile.class)
                .setParameter("ids", ids).getResultStream().map(DoctorProfile::terms).toList();
        Map<Long, Set<String>> specializations = em.createQuery("SELECT d.id, s FROM DoctorProfile d JOIN d.specializations s"
                        + " WHERE d.id IN :ids", Object[].class)
                .setParameter("ids", ids).getResultStream()
                .collect(Collectors.groupingBy(row -> (Long) row[0], Collectors.mapping(row -> (String) row[1], Collectors.toUnmodifiableSet())));
        Map<Long, DoctorCalendar> calendars = DoctorCalendar.of(em, terms, from, until, zone);
        for (Doctor doctor : doctors) {
            DoctorCalendar calendar = calendars.get(doctor.id());
            if (calendar != null) {
                keep(doctor.id(), new Entry(doctor.stamp(), calendar, specializations.getOrDefault(doctor.id(), Set.of()), readAt));
            }
        }
        return calendars;
    }

    /** Keeps what was read, unless a newer entry (a booking added here as it committed while this was read) is there. */
    private static void keep(long doctorId, Entry read) {
        KEPT.merge(doctorId, read, (kept, fresh) -> kept.sameProfile(fresh.stamp())
                && kept.stamp().calendarVersion() > fresh.stamp().calendarVersion() ? kept : fresh);
    }

    /**
     * What is kept of the doctor if its profile is still current at this stamp (read under the doctor's lock):
     * the profile's values, specializations, template and exceptions around the date. Its bookings are not
     * for deciding anything: the booking reads those from the database.
     */
    static Optional<Known> known(long doctorId, Stamp stamp, LocalDate date, ZoneId zone) {
        Entry kept = KEPT.get(doctorId);
        if (kept == null || !kept.sameProfile(stamp) || !kept.calendar().covers(date, date, zone)) {
            return Optional.empty();
        }
        return Optional.of(new Known(kept.calendar().over(date, date), kept.specializations()));
    }

    /** A doctor as the board knows them. */
    record Known(DoctorCalendar calendar, Set<String> specializations) {
    }

    /** Moves the doctor's calendar version on (the caller holds the doctor's row lock): every server re-reads the calendar. */
    static void advance(EntityManager em, long doctorId) {
        NativeSql.on(em, "UPDATE doctor_profile SET calendar_version = calendar_version + 1 WHERE id = ?1", DoctorProfile.class)
                .setParameter(1, doctorId).executeUpdate();
    }

    /**
     * Adds the booking to the doctor's kept calendar if that was current when the booking locked the doctor
     * ({@code before}; the booking advanced the calendar version by one). Added as the transaction completes,
     * before the database commit makes the booking visible (a request in between would otherwise propose its
     * slot again); dropped with the doctor's whole calendar if the transaction then rolls back.
     */
    static void booked(TransactionSynchronizationRegistry transaction, long doctorId, Stamp before, TimeInterval visit) {
        Stamp after = new Stamp(before.version(), before.calendarVersion() + 1);
        transaction.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                KEPT.computeIfPresent(doctorId, (id, kept) -> kept.stamp().equals(before)
                        ? new Entry(after, kept.calendar().with(visit), kept.specializations(), kept.keptSince()) : kept);
            }

            @Override
            public void afterCompletion(int status) {
                if (status != Status.STATUS_COMMITTED) {
                    KEPT.remove(doctorId);
                }
            }
        });
    }

    /** False when the doctor's kept calendar shows the time taken (a booking made here since the proposal). */
    static boolean stillFree(String doctor, TimeInterval visit) {
        return KEPT.values().stream().filter(kept -> kept.calendar().doctor().username().equals(doctor))
                .noneMatch(kept -> kept.calendar().bookedDuring(visit));
    }

    /** The doctor's kept bookings were found wrong (a slot they showed free was taken): the next request re-reads them. */
    static void doubt(String doctor) {
        KEPT.replaceAll((id, kept) -> kept.calendar().doctor().username().equals(doctor)
                ? new Entry(new Stamp(kept.stamp().version(), -1), kept.calendar(), kept.specializations(), kept.keptSince()) : kept);
    }

    /** Once the transaction commits, forgets the doctor's calendar (time was freed: a cancellation or a move). */
    static void changed(TransactionSynchronizationRegistry transaction, long doctorId) {
        afterCommit(transaction, () -> KEPT.remove(doctorId));
    }

    /**
     * Marks the doctor as being booked by the caller's transaction until it completes (after the booking's
     * commit has added it to the kept calendar); false when somebody on this server already is.
     */
    static boolean claimUntilCompletion(TransactionSynchronizationRegistry transaction, String doctor) {
        if (!BEING_BOOKED.add(doctor)) {
            return false;
        }
        try {
            afterCompletion(transaction, status -> BEING_BOOKED.remove(doctor));
        } catch (RuntimeException e) {
            BEING_BOOKED.remove(doctor); // no transaction to end the claim: none taken
            throw e;
        }
        return true;
    }

    private static void afterCommit(TransactionSynchronizationRegistry transaction, Runnable action) {
        afterCompletion(transaction, status -> {
            if (status == Status.STATUS_COMMITTED) {
                action.run();
            }
        });
    }

    private static void afterCompletion(TransactionSynchronizationRegistry transaction, IntConsumer action) {
        transaction.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                action.accept(status);
            }
        });
    }
}
