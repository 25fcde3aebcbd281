package org.hpms.scheduling.domain;

/**
 * An eligible doctor with one of their free slots, and what the ranking needs to know about them:
 * how full their day is, and whether the patient saw or asked for them.
 */
public record Candidate(String doctor, String doctorName, Slot slot, int bookedThatDay, int dailyCapacity,
                        boolean previousDoctor, boolean preferredDoctor) {

    /** Share of the day's capacity already booked, 0 to 1. */
    public double load() {
        return dailyCapacity <= 0 ? 1.0 : Math.min(1.0, (double) bookedThatDay / dailyCapacity);
    }

    public boolean hasCapacity() {
        return bookedThatDay < dailyCapacity;
    }
}
