package org.hpms.billing.infrastructure;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.parser.IParser;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Date;
import java.util.stream.Collectors;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Claim;
import org.hl7.fhir.r4.model.ClaimResponse;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Coverage;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.Enumerations.AdministrativeGender;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Money;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.SimpleQuantity;
import org.hpms.billing.domain.GatewayKind;
import org.hpms.billing.domain.InsuranceClaim;
import org.hpms.billing.domain.PaymentGateway;
import org.hpms.shared.config.HpmsConfiguration;

/**
 * Insurance claims as FHIR R4 {@code Claim} resources sent to the insurers' clearing house
 * ({@code HPMS_INSURANCE_CLAIMS_API_BASE}). A claim is created conditionally on its identifier (our
 * idempotency key, {@code If-None-Exist}), so sending it again after a timeout finds the first one
 * instead of making a second. Insurers adjudicate later: the claim stays pending until the
 * reconciliation job finds its {@code ClaimResponse} (complete: paid in full or in part; error or
 * nothing paid: refused with the insurer's disposition). Insurers do not refund through this channel.
 */
@ApplicationScoped
public class InsuranceClaimGateway implements PaymentGateway {

    public static final String CLAIM_SYSTEM = "urn:hpms:claim";
    public static final String PAYER_SYSTEM = "urn:hpms:payer";
    public static final String MRN_SYSTEM = "urn:hpms:mrn";
    public static final String SERVICE_SYSTEM = "urn:hpms:price-code";
    private static final String FHIR_JSON = "application/fhir+json";
    private static final FhirContext FHIR = FhirContext.forR4Cached();

    private static final String PROVIDER = "clearing house";

    private final HttpClient http = GatewayHttp.client();

    @Override
    public GatewayKind kind() {
        return GatewayKind.INSURANCE;
    }

    @Override
    public boolean isConfigured() {
        return HpmsConfiguration.insuranceClaimsApiBase().isPresent();
    }

    @Override
    public GatewayOutcome collect(GatewayRequest request) {
        if (request.claim() == null) {
            return GatewayOutcome.failed("A claim needs the insured member and the covered lines");
        }
        String body = parser().encodeResourceToString(claimOf(request));
        try {
            HttpResponse<String> response = send(base("Claim").POST(HttpRequest.BodyPublishers.ofString(body))
                    .header("Content-Type", FHIR_JSON)
                    .header("If-None-Exist", "identifier=" + URLEncoder.encode(CLAIM_SYSTEM + "|" + request.idempotencyKey(), StandardCharsets.UTF_8)));
            String location = response.headers().firstValue("Location").orElse(null);
            String id = location != null ? new IdType(location).getIdPart() : parse(response.body()).getIdElement().getIdPart();
            if (id == null) {
                throw new IOException("the clearing house accepted the claim without naming it");
            }
            return GatewayOutcome.pending("Claim/" + id, "Claim sent to " + request.claim().payerName() + "; waiting for the insurer's adjudication");
        } catch (Refused e) {
            return GatewayOutcome.failed("The insurer refused the claim: " + e.getMessage());
        } catch (IOException e) {
            return GatewayHttp.unanswered(e, PROVIDER, null, "claim");
        }
    }

    @Override
    public GatewayOutcome check(GatewayRequest request, String reference, boolean refund) {
        if (refund) {
            return GatewayOutcome.failed("Insurers do not refund through claims");
        }
        if (reference == null) {
            return collect(request); // the first answer never came: the conditional create finds the claim if it arrived
        }
        try {
            HttpResponse<String> response = send(base("ClaimResponse?request=" + URLEncoder.encode(reference, StandardCharsets.UTF_8)).GET());
            ClaimResponse latest = ((Bundle) parse(response.body())).getEntry().stream().map(Bundle.BundleEntryComponent::getResource)
                    .filter(ClaimResponse.class::isInstance).map(ClaimResponse.class::cast)
                    .max(Comparator.comparing(r -> r.getCreated() == null ? new Date(0) : r.getCreated())).orElse(null);
            return latest == null ? GatewayOutcome.pending(reference, "Waiting for the insurer's adjudication") : adjudicated(request, reference, latest);
        } catch (Refused e) {
            return GatewayOutcome.pending(reference, "The clearing house did not answer the query: " + e.getMessage());
        } catch (IOException | ClassCastException e) {
            return GatewayHttp.unanswered(e instanceof IOException io ? io : new IOException("not a search result"), PROVIDER, reference, "claim");
        }
    }

    @Override
    public GatewayOutcome refund(GatewayRequest request, String originalReference) {
        return GatewayOutcome.failed("An insurer's payment is not refunded through HPMS; ask the insurer to reverse the claim");
    }

    /** What the insurer decided: paid all that was claimed, part of it (with its reason), nothing, or not yet. */
    static GatewayOutcome adjudicated(GatewayRequest request, String reference, ClaimResponse response) {
        String disposition = response.hasDisposition() ? response.getDisposition() : "no reason given";
        ClaimResponse.RemittanceOutcome outcome = response.getOutcome();
        if (outcome == null || outcome == ClaimResponse.RemittanceOutcome.QUEUED) {
            return GatewayOutcome.pending(reference, "The insurer is adjudicating the claim");
        }
        if (outcome == ClaimResponse.RemittanceOutcome.ERROR) {
            String errors = response.getError().stream().map(e -> e.getCode().getCodingFirstRep().getCode()).collect(Collectors.joining(", "));
            return GatewayOutcome.failed("The insurer rejected the claim: " + disposition + (errors.isEmpty() ? "" : " (" + errors + ")"));
        }
        BigDecimal paid = response.getPayment().getAmount().getValue();
        if (paid == null || paid.signum() <= 0) {
            return GatewayOutcome.failed("The insurer denied the claim: " + disposition);
        }
        String claimResponse = "ClaimResponse/" + response.getIdElement().getIdPart();
        if (paid.compareTo(request.amount()) >= 0) {
            return GatewayOutcome.succeeded(claimResponse);
        }
        return GatewayOutcome.succeededInPart(claimResponse, paid.setScale(request.amount().scale(), RoundingMode.HALF_UP),
                "The insurer paid " + paid.toPlainString() + " of " + request.amount().toPlainString() + ": " + disposition);
    }

    /** The FHIR claim: the member and the payer's coverage contained in it, one item per covered line. */
    static Claim claimOf(GatewayRequest request) {
        InsuranceClaim c = request.claim();
        Claim claim = new Claim();
        claim.addIdentifier().setSystem(CLAIM_SYSTEM).setValue(request.idempotencyKey());
        claim.setStatus(Claim.ClaimStatus.ACTIVE);
        claim.setUse(Claim.Use.CLAIM);
        claim.setType(new CodeableConcept(new Coding("http://terminology.hl7.org/CodeSystem/claim-type", "institutional", "Institutional")));
        claim.setPriority(new CodeableConcept(new Coding("http://terminology.hl7.org/CodeSystem/processpriority", "normal", "Normal")));
        claim.setCreated(new Date());
        Reference payer = new Reference().setIdentifier(new Identifier().setSystem(PAYER_SYSTEM).setValue(c.payerCode())).setDisplay(c.payerName());

        Patient patient = new Patient();
        patient.setId("patient");
        patient.addIdentifier().setSystem(MRN_SYSTEM).setValue(c.mrn());
        patient.addName().setFamily(c.familyName()).addGiven(c.givenName());
        if (c.birthDate() != null) {
            patient.setBirthDateElement(date(c.birthDate()));
        }
        patient.setGender(AdministrativeGender.fromCode(c.sex()));
        Coverage coverage = new Coverage();
        coverage.setId("coverage");
        coverage.setStatus(Coverage.CoverageStatus.ACTIVE);
        coverage.setSubscriberId(c.memberNumber());
        coverage.setBeneficiary(new Reference("#patient"));
        coverage.addPayor(payer.copy());
        claim.addContained(patient);
        claim.addContained(coverage);
        claim.setPatient(new Reference("#patient"));
        claim.setInsurer(payer);
        claim.setProvider(new Reference().setIdentifier(new Identifier().setSystem("urn:hpms:provider").setValue(HpmsConfiguration.insuranceProviderId()))
                .setDisplay(HpmsConfiguration.hospitalName()));
        claim.addInsurance().setSequence(1).setFocal(true).setCoverage(new Reference("#coverage"));

        BigDecimal total = BigDecimal.ZERO;
        for (InsuranceClaim.Item line : c.items()) {
            Claim.ItemComponent item = claim.addItem().setSequence(line.sequence());
            item.setProductOrService(new CodeableConcept(new Coding(SERVICE_SYSTEM, line.serviceCode(), line.description())));
            item.setCategory(new CodeableConcept(new Coding("urn:hpms:service-category", line.category().name(), line.category().getLabel())));
            item.setServiced(date(line.renderedAt().atZone(HpmsConfiguration.hospitalZone()).toLocalDate()));
            item.setQuantity((SimpleQuantity) new SimpleQuantity().setValue(line.quantity()));
            item.setUnitPrice(money(line.unitPrice(), request.currency()));
            item.setNet(money(line.net(), request.currency()));
            total = total.add(line.net());
        }
        claim.setTotal(money(total, request.currency()));
        return claim;
    }

    private static Money money(BigDecimal value, String currency) {
        Money money = new Money();
        money.setValue(value);
        money.setCurrency(currency);
        return money;
    }

    private static DateType date(LocalDate day) {
        return new DateType(day.getYear(), day.getMonthValue() - 1, day.getDayOfMonth());
    }

    private HttpRequest.Builder base(String path) {
        HttpRequest.Builder request = GatewayHttp.request(HpmsConfiguration.insuranceClaimsApiBase().orElseThrow(), path).header("Accept", FHIR_JSON);
        HpmsConfiguration.insuranceClaimsToken().ifPresent(token -> request.header("Authorization", "Bearer " + token));
        return request;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException {
        HttpResponse<String> response = GatewayHttp.exchange(http, request.build(), PROVIDER);
        if (response.statusCode() >= 400) {
            throw new Refused(reasonIn(response));
        }
        return response;
    }

    /** The diagnostics of the OperationOutcome a FHIR server answers a refused request with, else the status code. */
    private static String reasonIn(HttpResponse<String> response) {
        try {
            if (parse(response.body()) instanceof OperationOutcome outcome && outcome.hasIssue()) {
                return outcome.getIssue().stream().map(i -> i.hasDiagnostics() ? i.getDiagnostics() : i.getCode().getDisplay())
                        .collect(Collectors.joining("; "));
            }
        } catch (IOException e) {
            // not FHIR: the status says enough
        }
        return "HTTP " + response.statusCode();
    }

    private static IBaseResource parse(String body) throws IOException {
        try {
            return parser().parseResource(body);
        } catch (DataFormatException | IllegalArgumentException e) {
            throw new IOException("unreadable answer from the clearing house", e);
        }
    }

    private static IParser parser() {
        return FHIR.newJsonParser();
    }

    /** The clearing house answered 4xx: it refused the request. */
    private static final class Refused extends IOException {
        Refused(String message) {
            super(message);
        }
    }
}
