package org.hpms.staff.application;

import at.favre.lib.crypto.bcrypt.BCrypt;
import java.nio.charset.StandardCharsets;

/**
 * bcrypt in the "$2a$" modular-crypt form, the variant WildFly Elytron's modular-crypt mapper reads
 * at login. Cost 12 takes a few hundred milliseconds: slow for an attacker, fine for a login.
 */
public final class PasswordHasher {

    static final int COST = 12;

    private PasswordHasher() {
    }

    public static String hash(String password) {
        return BCrypt.with(BCrypt.Version.VERSION_2A).hashToString(COST, password.toCharArray());
    }

    public static boolean matches(String password, String hash) {
        return BCrypt.verifyer().verify(password.getBytes(StandardCharsets.UTF_8), hash.getBytes(StandardCharsets.US_ASCII)).verified;
    }
}
