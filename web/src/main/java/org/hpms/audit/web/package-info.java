/** Audit trail screen (admins only). */
package org.hpms.audit.web;
