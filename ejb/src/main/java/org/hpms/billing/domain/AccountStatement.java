package org.hpms.billing.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A patient's statement of account: every movement of what the patient owes (invoices issued and voided,
 * credit notes, payments, refunds) in time order with the running balance; the last balance is what the
 * patient owes in all (negative: money is due back to the patient). Insurers' shares are not the patient's.
 */
public record AccountStatement(List<Entry> entries, BigDecimal balance) {

    /** Something that changed what the patient owes: a debit (invoice, refund) or a credit (payment, credit note, void). */
    public record Movement(Instant at, String document, String description, BigDecimal debit, BigDecimal credit) {
    }

    public record Entry(Instant at, String document, String description, BigDecimal debit, BigDecimal credit, BigDecimal balance) {
    }

    public static AccountStatement of(List<Movement> movements, int scale) {
        BigDecimal balance = BigDecimal.ZERO.setScale(scale);
        List<Entry> entries = new ArrayList<>();
        for (Movement m : movements.stream().sorted(Comparator.comparing(Movement::at).thenComparing(Movement::document)).toList()) {
            balance = balance.add(m.debit()).subtract(m.credit());
            entries.add(new Entry(m.at(), m.document(), m.description(), m.debit(), m.credit(), balance));
        }
        return new AccountStatement(List.copyOf(entries), balance);
    }
}
