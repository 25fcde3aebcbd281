package org.hpms.security;

import java.util.List;

/**
 * The staff roles of HPMS, as used in {@code @RolesAllowed}, web.xml and the staff_user_role table.
 * One place so that a typo in a role name is a compile error, not a silent denial.
 */
public final class Roles {
    public static final String ADMIN = "ADMIN";
    public static final String DOCTOR = "DOCTOR";
    public static final String NURSE = "NURSE";
    public static final String RECEPTIONIST = "RECEPTIONIST";
    public static final String BILLING = "BILLING";
    public static final String LAB_TECH = "LAB_TECH";
    /** Technical role of external laboratory systems that post to the lab JMS queues. */
    public static final String LAB_SYSTEM = "LAB_SYSTEM";

    /** Roles a person can hold (LAB_SYSTEM is for machines and cannot log in to the screens). */
    public static final List<String> STAFF = List.of(ADMIN, DOCTOR, NURSE, RECEPTIONIST, BILLING, LAB_TECH);

    private Roles() {
    }
}
