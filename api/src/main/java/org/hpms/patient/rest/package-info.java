/** Patients in the REST API: {@code /api/v1/patients}. */
package org.hpms.patient.rest;
