/** Scheduling over HTTP: free slots, booking (direct or by automated assignment), cancellation. */
package org.hpms.scheduling.rest;
