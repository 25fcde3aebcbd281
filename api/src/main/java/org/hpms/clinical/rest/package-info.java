/** The patient chart over HTTP: summary, encounters and what is recorded in them; roles and audit as on the screens. */
package org.hpms.clinical.rest;
