/** Staff administration screen (admins only). */
package org.hpms.staff.web;
