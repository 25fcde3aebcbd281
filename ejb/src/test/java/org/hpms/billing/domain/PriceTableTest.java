package org.hpms.billing.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.hpms.billing.domain.PriceTable.DatedPrice;
import org.hpms.billing.domain.PriceTable.ServiceTerms;
import org.junit.jupiter.api.Test;

class PriceTableTest {

    private final PriceTable table = new PriceTable("BDT",
            List.of(new ServiceTerms("PROC-ECG", ServiceCategory.PROCEDURE, new BigDecimal("0")),
                    new ServiceTerms("PROC-NEW", ServiceCategory.PROCEDURE, new BigDecimal("15"))),
            List.of(new DatedPrice("PROC-ECG", LocalDate.of(2026, 7, 1), new BigDecimal("550.00")),
                    new DatedPrice("PROC-ECG", LocalDate.of(2020, 1, 1), new BigDecimal("500.00")),
                    new DatedPrice("PROC-NEW", LocalDate.of(2026, 12, 1), new BigDecimal("900.00"))));

    @Test
    void aChargeIsPricedAtThePriceInForceOnTheDayItWasRendered() {
        assertEquals(new BigDecimal("500.00"), table.price(1, "PROC-ECG", 2, null, LocalDate.of(2026, 6, 30)).item().unitPrice());
        assertEquals(new BigDecimal("550.00"), table.price(1, "PROC-ECG", 2, null, LocalDate.of(2026, 7, 1)).item().unitPrice());
        PricedItem item = table.price(7, "PROC-ECG", 2, null, LocalDate.of(2027, 1, 1)).item();
        assertEquals(new PricedItem(7, ServiceCategory.PROCEDURE, 2, new BigDecimal("550.00"), new BigDecimal("0")), item);
    }

    @Test
    void whatCannotBePricedSaysWhy() {
        PriceTable.Outcome unknown = table.price(1, "PROC-XYZ", 1, null, LocalDate.of(2026, 11, 26));
        assertNull(unknown.item());
        assertEquals("Service PROC-XYZ is not on the price list", unknown.problem());
        assertEquals("Service PROC-NEW has no BDT price on 2026-11-26", table.price(1, "PROC-NEW", 1, null, LocalDate.of(2026, 11, 26)).problem());
    }

    @Test
    void anAdjustmentIsItsOwnAmount() {
        PricedItem adjustment = table.price(3, "ADJUSTMENT", 1, new BigDecimal("-150.00"), LocalDate.of(2026, 11, 26)).item();
        assertEquals(ServiceCategory.ADJUSTMENT, adjustment.category());
        assertEquals(new BigDecimal("-150.00"), adjustment.unitPrice());
    }
}
