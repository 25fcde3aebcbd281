/** The application's own settings (key file, demo mode, first admin password) from environment or system properties. */
package org.hpms.shared.config;
