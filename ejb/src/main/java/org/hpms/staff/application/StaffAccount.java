package org.hpms.staff.application;

import java.time.Instant;
import java.util.Set;
import org.hpms.staff.domain.StaffUser;

/** What the admin screens show of an account (never the password hash). */
public record StaffAccount(String username, String fullName, Set<String> roles, boolean enabled, Instant passwordChangedAt) {

    static StaffAccount of(StaffUser user) {
        return new StaffAccount(user.getUsername(), user.getFullName(), user.getRoles(), user.isEnabled(),
                user.getPasswordChangedAt());
    }
}
