/**
 * Patients: registration with a generated medical record number, demographics encrypted at rest,
 * search through blind indexes, and the patient page. Every read and write is audited.
 */
package org.hpms.patient;
