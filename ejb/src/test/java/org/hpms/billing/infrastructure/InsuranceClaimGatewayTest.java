package org.hpms.billing.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.uhn.fhir.context.FhirContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.hl7.fhir.r4.model.Claim;
import org.hl7.fhir.r4.model.ClaimResponse;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coverage;
import org.hl7.fhir.r4.model.Money;
import org.hl7.fhir.r4.model.Patient;
import org.hpms.billing.domain.InsuranceClaim;
import org.hpms.billing.domain.PaymentGateway.GatewayOutcome;
import org.hpms.billing.domain.PaymentGateway.GatewayRequest;
import org.hpms.billing.domain.PaymentStatus;
import org.hpms.billing.domain.ServiceCategory;
import org.junit.jupiter.api.Test;

class InsuranceClaimGatewayTest {

    private static final GatewayRequest REQUEST = new GatewayRequest("pay-1", "claim-INV-2026-000007-1", new BigDecimal("1000.00"), "BDT",
            "INV-2026-000007", null, null, new InsuranceClaim("GREEN-DELTA", "Green Delta Insurance", "GD-778812", "HPMS-0000042", "Amina", "Rahman",
            LocalDate.of(1980, 2, 29), "female", List.of(
            new InsuranceClaim.Item(1, "CONS-CARDIOLOGY-NEW", "Cardiology consultation", ServiceCategory.CONSULTATION,
                    Instant.parse("2026-11-20T04:00:00Z"), 1, new BigDecimal("1000.00"), new BigDecimal("1000.00")),
            new InsuranceClaim.Item(3, "LAB-CBC", "Complete blood count", ServiceCategory.LAB,
                    Instant.parse("2026-11-20T05:00:00Z"), 2, new BigDecimal("125.00"), new BigDecimal("250.00")))));

    @Test
    void theClaimNamesTheMemberThePayerAndEveryCoveredLineOnce() {
        String json = FhirContext.forR4Cached().newJsonParser().encodeResourceToString(InsuranceClaimGateway.claimOf(REQUEST));
        Claim claim = FhirContext.forR4Cached().newJsonParser().parseResource(Claim.class, json);

        assertEquals("claim-INV-2026-000007-1", claim.getIdentifierFirstRep().getValue(), "the idempotency key identifies the claim at the insurer");
        assertEquals(InsuranceClaimGateway.CLAIM_SYSTEM, claim.getIdentifierFirstRep().getSystem());
        assertEquals("GREEN-DELTA", claim.getInsurer().getIdentifier().getValue());
        Patient patient = (Patient) claim.getContained().stream().filter(Patient.class::isInstance).findFirst().orElseThrow();
        assertEquals("HPMS-0000042", patient.getIdentifierFirstRep().getValue());
        assertEquals("1980-02-29", patient.getBirthDateElement().getValueAsString(), "a birth date is a day, not an instant");
        Coverage coverage = (Coverage) claim.getContained().stream().filter(Coverage.class::isInstance).findFirst().orElseThrow();
        assertEquals("GD-778812", coverage.getSubscriberId());
        assertEquals(List.of("CONS-CARDIOLOGY-NEW", "LAB-CBC"), claim.getItem().stream()
                .map(i -> i.getProductOrService().getCodingFirstRep().getCode()).toList());
        assertEquals(List.of(1, 3), claim.getItem().stream().map(Claim.ItemComponent::getSequence).toList());
        assertEquals(0, new BigDecimal("250.00").compareTo(claim.getItem().get(1).getNet().getValue()));
        assertEquals(0, new BigDecimal("1250.00").compareTo(claim.getTotal().getValue()), "the total is the lines' net");
        assertEquals("BDT", claim.getTotal().getCurrency());
        assertEquals("2026-11-20", claim.getItem().get(0).getServicedDateType().getValueAsString());
    }

    @Test
    void aClaimPaidInFullSucceedsForWhatWasAsked() {
        GatewayOutcome outcome = InsuranceClaimGateway.adjudicated(REQUEST, "Claim/9", response(ClaimResponse.RemittanceOutcome.COMPLETE, "1000.00"));
        assertEquals(PaymentStatus.SUCCEEDED, outcome.status());
        assertNull(outcome.settledAmount());
        assertEquals("ClaimResponse/r1", outcome.reference());
    }

    @Test
    void aClaimPaidInPartSucceedsForWhatTheInsurerPaidWithItsReason() {
        GatewayOutcome outcome = InsuranceClaimGateway.adjudicated(REQUEST, "Claim/9", response(ClaimResponse.RemittanceOutcome.PARTIAL, "812.5"));
        assertEquals(PaymentStatus.SUCCEEDED, outcome.status());
        assertEquals(new BigDecimal("812.50"), outcome.settledAmount());
        assertTrue(outcome.detail().contains("812.5 of 1000.00") && outcome.detail().contains("annual limit reached"), outcome.detail());
    }

    @Test
    void aClaimPaidNothingOrInErrorFailsWithTheInsurersReason() {
        GatewayOutcome denied = InsuranceClaimGateway.adjudicated(REQUEST, "Claim/9", response(ClaimResponse.RemittanceOutcome.COMPLETE, "0"));
        assertEquals(PaymentStatus.FAILED, denied.status());
        assertTrue(denied.detail().startsWith("The insurer denied the claim: annual limit reached"), denied.detail());

        ClaimResponse error = response(ClaimResponse.RemittanceOutcome.ERROR, null);
        error.addError().setCode(new CodeableConcept().addCoding(new org.hl7.fhir.r4.model.Coding("http://terminology.hl7.org/CodeSystem/adjudication-error", "a002", null)));
        GatewayOutcome rejected = InsuranceClaimGateway.adjudicated(REQUEST, "Claim/9", error);
        assertEquals(PaymentStatus.FAILED, rejected.status());
        assertTrue(rejected.detail().endsWith("(a002)"), rejected.detail());
    }

    @Test
    void aQueuedClaimStaysPending() {
        GatewayOutcome queued = InsuranceClaimGateway.adjudicated(REQUEST, "Claim/9", response(ClaimResponse.RemittanceOutcome.QUEUED, null));
        assertEquals(PaymentStatus.PENDING, queued.status());
        assertEquals("Claim/9", queued.reference());
    }

    private static ClaimResponse response(ClaimResponse.RemittanceOutcome outcome, String paid) {
        ClaimResponse response = new ClaimResponse();
        response.setId("r1");
        response.setOutcome(outcome);
        response.setDisposition("annual limit reached");
        if (paid != null) {
            response.getPayment().setAmount(new Money().setValue(new BigDecimal(paid)).setCurrency("BDT"));
        }
        return response;
    }
}
