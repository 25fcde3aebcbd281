/** Screen plumbing shared by every feature: the session (user, menu, logout) and page messages. */
package org.hpms.shared.web;
