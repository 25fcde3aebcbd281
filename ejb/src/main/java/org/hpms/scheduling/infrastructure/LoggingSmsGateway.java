package org.hpms.scheduling.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.logging.Logger;

/** The SMS gateway of a hospital that has none yet: logs the hand-over (reference and length only: no number, no text). */
@ApplicationScoped
public class LoggingSmsGateway implements SmsGateway {

    private static final Logger LOG = Logger.getLogger(LoggingSmsGateway.class.getName());

    @Override
    public void send(String phoneNumber, String text, String reference) {
        if (phoneNumber == null || phoneNumber.chars().filter(Character::isDigit).count() < 6) {
            throw new IllegalArgumentException("not a phone number");
        }
        LOG.info(() -> "SMS " + reference + " handed to the logging gateway (" + text.length() + " characters)");
    }
}
