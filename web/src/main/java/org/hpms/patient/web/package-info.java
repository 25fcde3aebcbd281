/** Patient screens: registration, search, the patient page. Thin: each action is one service call. */
package org.hpms.patient.web;
