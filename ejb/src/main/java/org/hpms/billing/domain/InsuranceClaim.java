package org.hpms.billing.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What an insurer needs to adjudicate the insurer's share of one invoice: who the member is under which
 * payer, and the covered lines. Travels to the insurance gateway with the claim's payment request.
 *
 * @param sex FHIR administrative gender (male, female, other, unknown)
 */
public record InsuranceClaim(String payerCode, String payerName, String memberNumber, String mrn, String givenName, String familyName,
                             LocalDate birthDate, String sex, List<Item> items) {

    /** One covered line and what it cost in all ({@code net}); the insurer adjudicates its share under its contract. */
    public record Item(int sequence, String serviceCode, String description, ServiceCategory category, Instant renderedAt, int quantity,
                       BigDecimal unitPrice, BigDecimal net) {
    }
}
