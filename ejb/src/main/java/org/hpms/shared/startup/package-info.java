/** Start-up order: keys and schema first, then accounts and demo data. */
package org.hpms.shared.startup;
