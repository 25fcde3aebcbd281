/** Clinical screens (doctors and nurses): the allergy banner and list on the patient page. */
package org.hpms.clinical.web;
