/**
 * Staff accounts: who may log in and with which roles. Passwords are bcrypt hashes that the Elytron
 * JDBC realm (wildfly-config/40-security.cli) verifies at login; disabled accounts cannot log in.
 */
package org.hpms.staff;
