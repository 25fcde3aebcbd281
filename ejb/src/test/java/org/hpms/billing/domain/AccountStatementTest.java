package org.hpms.billing.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class AccountStatementTest {

    private static final BigDecimal NONE = new BigDecimal("0.00");

    @Test
    void movementsAreListedInTimeOrderWithTheRunningBalance() {
        AccountStatement statement = AccountStatement.of(List.of(
                new AccountStatement.Movement(Instant.parse("2026-11-03T10:00:00Z"), "RCT-2026-000004", "Cash", NONE, new BigDecimal("300.00")),
                new AccountStatement.Movement(Instant.parse("2026-11-01T09:00:00Z"), "INV-2026-000010", "Invoice", new BigDecimal("1000.00"), NONE),
                new AccountStatement.Movement(Instant.parse("2026-11-02T09:00:00Z"), "CN-2026-000001", "Credit note", NONE, new BigDecimal("150.00")),
                new AccountStatement.Movement(Instant.parse("2026-11-04T09:00:00Z"), "RCT-2026-000009", "Refund", new BigDecimal("50.00"), NONE)), 2);

        assertEquals(List.of("INV-2026-000010", "CN-2026-000001", "RCT-2026-000004", "RCT-2026-000009"),
                statement.entries().stream().map(AccountStatement.Entry::document).toList());
        assertEquals(List.of(new BigDecimal("1000.00"), new BigDecimal("850.00"), new BigDecimal("550.00"), new BigDecimal("600.00")),
                statement.entries().stream().map(AccountStatement.Entry::balance).toList());
        assertEquals(new BigDecimal("600.00"), statement.balance());
    }

    @Test
    void anOverpaidAccountHasANegativeBalanceAndAnEmptyOneNone() {
        AccountStatement overpaid = AccountStatement.of(List.of(
                new AccountStatement.Movement(Instant.parse("2026-11-01T09:00:00Z"), "INV-2026-000010", "Invoice", new BigDecimal("100.00"), NONE),
                new AccountStatement.Movement(Instant.parse("2026-11-01T09:05:00Z"), "RCT-2026-000001", "Card", NONE, new BigDecimal("100.00")),
                new AccountStatement.Movement(Instant.parse("2026-11-02T09:00:00Z"), "CN-2026-000003", "Credit note", NONE, new BigDecimal("40.00"))), 2);
        assertEquals(new BigDecimal("-40.00"), overpaid.balance(), "money is due back to the patient");
        assertEquals(new BigDecimal("0.00"), AccountStatement.of(List.of(), 2).balance());
    }
}
