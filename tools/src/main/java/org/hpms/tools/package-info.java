/** Operator tools that run outside the server: the embedded MariaDB used by {@code ./hpms start}. */
package org.hpms.tools;
