package org.hpms.staff.domain;

import java.util.Locale;
import java.util.Optional;

/** What a staff password must be. Returns the reason a password is refused, or empty when it is fine. */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 72; // bcrypt ignores bytes after 72

    private PasswordPolicy() {
    }

    public static Optional<String> problemWith(String username, String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            return Optional.of("Password must have at least " + MIN_LENGTH + " characters");
        }
        if (password.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAX_LENGTH) {
            return Optional.of("Password must be at most " + MAX_LENGTH + " bytes");
        }
        if (username != null && password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
            return Optional.of("Password must not contain the user name");
        }
        if (password.chars().distinct().count() < 5) {
            return Optional.of("Password is too repetitive");
        }
        return Optional.empty();
    }
}
