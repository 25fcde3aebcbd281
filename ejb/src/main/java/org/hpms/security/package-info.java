/**
 * Security vocabulary shared by every feature: the role names. Authentication itself is done by the
 * WildFly Elytron JDBC realm over the staff tables (see wildfly-config/40-security.cli); accounts are
 * managed by the {@code staff} feature.
 */
package org.hpms.security;
