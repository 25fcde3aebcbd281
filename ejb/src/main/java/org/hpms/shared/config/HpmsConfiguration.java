package org.hpms.shared.config;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Optional;

/**
 * Reads the few settings the application itself needs. Each comes from an environment variable
 * (what operators set) or the equivalent system property (what tests and -D flags set).
 * Server resources (datasource, queues, security) are configured in wildfly-config/, not here.
 */
public final class HpmsConfiguration {

    private HpmsConfiguration() {
    }

    /** Key file holding the PHI encryption, blind-index and audit-chain keys (never in the database). */
    public static Path keyFile() {
        return value("HPMS_KEY_FILE", "hpms.key.file")
                .map(Path::of)
                .orElseGet(() -> Path.of(System.getProperty("jboss.server.data.dir", "."), "hpms", "hpms.keys"));
    }

    /** Demo mode creates one demo user per role and a few sample patients. */
    public static boolean demoMode() {
        return value("HPMS_DEMO", "hpms.demo").map(Boolean::parseBoolean).orElse(false);
    }

    /** Password for the first admin; when absent a random one is generated and written to a file. */
    public static Optional<String> initialAdminPassword() {
        return value("HPMS_ADMIN_PASSWORD", "hpms.admin.password");
    }

    /** Where a generated first-admin password is written (owner-readable only). */
    public static Path initialAdminPasswordFile() {
        return keyFile().resolveSibling("initial-admin-password");
    }

    /**
     * The hospital's time zone (an IANA name such as Asia/Dhaka): working hours and appointment times on
     * screens are in it. Defaults to the server's zone.
     */
    public static ZoneId hospitalZone() {
        return value("HPMS_TIMEZONE", "hpms.timezone").map(ZoneId::of).orElseGet(ZoneId::systemDefault);
    }

    /**
     * How automated assignment ranks doctors unless a request says otherwise: EARLIEST (default),
     * BALANCED_LOAD, CONTINUITY or PATIENT_PREFERENCE.
     */
    public static Optional<String> assignmentPolicy() {
        return value("HPMS_ASSIGNMENT_POLICY", "hpms.assignment.policy");
    }

    /** Minutes after an appointment's start before a patient who has not arrived counts as a no-show. */
    public static int noShowGraceMinutes() {
        return value("HPMS_NO_SHOW_GRACE_MINUTES", "hpms.no.show.grace.minutes").map(Integer::parseInt).orElse(30);
    }

    /** Hours before an appointment its reminder goes out (default 24); a booking made later is reminded at once. */
    public static int reminderLeadHours() {
        return value("HPMS_REMINDER_LEAD_HOURS", "hpms.reminder.lead.hours").map(Integer::parseInt).orElse(24);
    }

    /**
     * How many waiting lab messages the consumer takes into one transaction (1: one per transaction).
     * More spreads the two-phase commit over more results; a failing transaction is retried alone.
     */
    public static int labIngestBatch() {
        return value("HPMS_LAB_INGEST_BATCH", "hpms.lab.ingest.batch").map(Integer::parseInt).orElse(100);
    }

    /** Seconds between two looks for due notifications (default 60); a failed delivery is retried after 2, 4, 8 ... of these. */
    public static int notificationPollSeconds() {
        return value("HPMS_NOTIFICATION_POLL_SECONDS", "hpms.notification.poll.seconds").map(Integer::parseInt).orElse(60);
    }

    /** The currency the hospital bills in (ISO 4217, default BDT); prices in other currencies are ignored. */
    public static java.util.Currency currency() {
        return java.util.Currency.getInstance(value("HPMS_CURRENCY", "hpms.currency").orElse("BDT").toUpperCase(java.util.Locale.ROOT));
    }

    /** When the nightly billing cycle runs (HH:mm, hospital time; default 01:00), or "off". */
    public static String billingCycleAt() {
        return value("HPMS_BILLING_CYCLE_AT", "hpms.billing.cycle.at").orElse("01:00");
    }

    /** Stripe secret key for card payments; without it the card gateway is not offered. */
    public static Optional<String> stripeApiKey() {
        return value("HPMS_STRIPE_API_KEY", "hpms.stripe.api.key");
    }

    /** Stripe's API address (a local stub in tests). */
    public static String stripeApiBase() {
        return value("HPMS_STRIPE_API_BASE", "hpms.stripe.api.base").orElse("https://api.stripe.com");
    }

    /** The mobile-money provider's API address (bKash/SSLCommerz style checkout); without it mobile money is not offered. */
    public static Optional<String> mobileMoneyApiBase() {
        return value("HPMS_MOBILE_MONEY_API_BASE", "hpms.mobile.money.api.base");
    }

    /** The hospital's merchant key with the mobile-money provider (sent with every request). */
    public static String mobileMoneyAppKey() {
        return value("HPMS_MOBILE_MONEY_APP_KEY", "hpms.mobile.money.app.key").orElse("");
    }

    /** The secret the provider signs its callbacks with (HMAC-SHA256). */
    public static String mobileMoneySecret() {
        return value("HPMS_MOBILE_MONEY_SECRET", "hpms.mobile.money.secret").orElse("");
    }

    /** Where the outside world reaches the REST API (the provider posts its callbacks there). */
    public static String publicApiUrl() {
        return value("HPMS_PUBLIC_API_URL", "hpms.public.api.url").orElse("http://127.0.0.1:8080/api/v1/");
    }

    /** The FHIR R4 endpoint insurance claims go to (the insurers' clearing house); without it claims are not sent. */
    public static Optional<String> insuranceClaimsApiBase() {
        return value("HPMS_INSURANCE_CLAIMS_API_BASE", "hpms.insurance.claims.api.base");
    }

    /** The bearer token the clearing house gave the hospital (sent with every claim request), if it uses one. */
    public static Optional<String> insuranceClaimsToken() {
        return value("HPMS_INSURANCE_CLAIMS_TOKEN", "hpms.insurance.claims.token");
    }

    /** The minute of every hour unclaimed insurers' shares are claimed (0-59, default 20), or "off". */
    public static String insuranceClaimsMinute() {
        return value("HPMS_INSURANCE_CLAIMS_MINUTE", "hpms.insurance.claims.minute").orElse("20");
    }

    /** The hospital's provider id with the insurers (named on every claim). */
    public static String insuranceProviderId() {
        return value("HPMS_INSURANCE_PROVIDER_ID", "hpms.insurance.provider.id").orElse("HPMS");
    }

    /** Seconds an HTTP payment gateway may take to answer before the payment is left pending for reconciliation. */
    public static int gatewayTimeoutSeconds() {
        return value("HPMS_GATEWAY_TIMEOUT_SECONDS", "hpms.gateway.timeout.seconds").map(Integer::parseInt).orElse(10);
    }

    /** The hospital's name, address and tax number as printed on invoices and receipts. */
    public static String hospitalName() {
        return value("HPMS_HOSPITAL_NAME", "hpms.hospital.name").orElse("HPMS Hospital");
    }

    public static String hospitalAddress() {
        return value("HPMS_HOSPITAL_ADDRESS", "hpms.hospital.address").orElse("");
    }

    public static String hospitalTaxNumber() {
        return value("HPMS_HOSPITAL_TAX_NUMBER", "hpms.hospital.tax.number").orElse("");
    }

    static Optional<String> value(String environmentVariable, String systemProperty) {
        String fromProperty = System.getProperty(systemProperty);
        if (fromProperty != null && !fromProperty.isBlank()) {
            return Optional.of(fromProperty.trim());
        }
        String fromEnvironment = System.getenv(environmentVariable);
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return Optional.of(fromEnvironment.trim());
        }
        return Optional.empty();
    }
}
