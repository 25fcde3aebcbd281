package org.hpms.billing.application;

import java.time.Instant;
import org.hpms.billing.domain.AccountStatement;

/** A patient's statement of account as printed and shown: who, in which currency, as of when. */
public record StatementView(String mrn, String patientName, String currency, Instant asOf, AccountStatement statement) {
}
