package org.hpms.shared.crypto;

import java.security.SecureRandom;
import java.util.Properties;
import java.io.StringReader;

/** Fresh random key rings for unit tests, built through the real key-file format. */
public final class TestKeys {

    private TestKeys() {
    }

    public static KeyRing random() {
        try {
            Properties properties = new Properties();
            properties.load(new StringReader(KeyFileGenerator.render(new SecureRandom())));
            return KeyRing.fromProperties(properties);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
