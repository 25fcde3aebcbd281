/**
 * Clinical history of a patient. Clinical data is for DOCTOR and NURSE (and nobody else), encrypted
 * at rest, voided with a reason rather than deleted, and every read and write is audited.
 * So far: allergies and intolerances.
 */
package org.hpms.clinical;
