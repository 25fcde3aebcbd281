/** Billing screens: the cashier desk (find patient, bill, take cash, print the receipt). */
package org.hpms.billing.web;
