/** Scheduling screens: booking wizard, calendars, the front desk's day and queue, the doctor's day, scheduling administration. */
package org.hpms.scheduling.web;
