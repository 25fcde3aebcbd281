package org.hpms.billing.infrastructure;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.hpms.billing.domain.PaymentGateway.GatewayOutcome;
import org.hpms.shared.config.HpmsConfiguration;

/**
 * What the HTTP gateways (mobile money, insurance claims) share: a client and requests bounded by the
 * gateway timeout, and the rule that no answer to trust (a timeout, a 5xx) leaves the outcome unknown,
 * so the payment stays pending for reconciliation instead of being called failed.
 */
final class GatewayHttp {

    private static final Logger LOG = Logger.getLogger(GatewayHttp.class.getName());

    private GatewayHttp() {
    }

    /** HTTP/1.1: no h2c upgrade dance with providers on plain HTTP (over TLS, ALPN would choose anyway). */
    static HttpClient client() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(HpmsConfiguration.gatewayTimeoutSeconds())).build();
    }

    /** A request to {@code path} under the provider's base address, within the gateway timeout. */
    static HttpRequest.Builder request(String base, String path) {
        return HttpRequest.newBuilder(URI.create((base.endsWith("/") ? base : base + "/") + path))
                .timeout(Duration.ofSeconds(HpmsConfiguration.gatewayTimeoutSeconds()));
    }

    /** Sends the request; a 5xx is an {@link IOException} like no answer at all. Other statuses are the caller's to read. */
    static HttpResponse<String> exchange(HttpClient http, HttpRequest request, String provider) throws IOException {
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
        if (response.statusCode() >= 500) {
            throw new IOException(provider + " error " + response.statusCode());
        }
        return response;
    }

    /** The outcome when there was no answer to trust: pending, with why, until reconciliation learns more. */
    static GatewayOutcome unanswered(IOException e, String provider, String reference, String what) {
        String why = (e instanceof HttpTimeoutException ? "No answer from the " + provider : "Error at the " + provider + ": "
                + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()))
                + "; the " + what + " stays pending until reconciliation learns its outcome";
        LOG.log(Level.WARNING, "{0}", why);
        return GatewayOutcome.pending(reference, why);
    }
}
