/** Database mechanics of the patient feature that JPQL cannot express (MRN serial allocation). */
package org.hpms.patient.infrastructure;
