/**
 * Appointment scheduling: doctors' working time (weekly templates with effective dates, exceptions),
 * free slots derived from them, atomic booking that never double-books a doctor or a patient, and
 * automated doctor assignment. Times are instants in the database and the hospital's time zone on screens.
 */
package org.hpms.scheduling;
